package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The room's spread, the disagreement marker and targets on the real grid. */
@ExtendWith(ApplicationExtension.class)
class SpreadStripTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final String first = icmi.items().get(0).id();
    private final String second = icmi.items().get(1).id();
    private final Participant boss = new Participant("Boss", "CEO");
    private final Participant agent = new Participant("Agent", "Agent");
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        Workbook workbook = new Workbook();
        workbook.getParticipants().addAll(List.of(boss, agent));
        Assessment assessment = new Assessment(icmi);
        assessment.rateAs(boss.getId(), first, Rating.of(5));
        assessment.rateAs(agent.getId(), first, Rating.of(2));
        assessment.rateAs(boss.getId(), second, Rating.of(3));
        assessment.rateAs(agent.getId(), second, Rating.of(3));
        workbook.getAssessments().add(assessment);
        MainView view = com.cxworkbook.ui.MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook);
        vm = view.viewModel();
    }

    private AssessmentModel model() {
        return vm.assessments().get(0);
    }

    private List<Circle> dots(FxRobot robot, String itemId) {
        return robot.lookup("#spread-" + itemId).lookup(".spread-dot").queryAllAs(Circle.class).stream()
                .toList();
    }

    private double centreX(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getCenterX();
    }

    @Test
    void eachParticipantIsADotUnderTheValueTheyChose(FxRobot robot) {
        List<Circle> dots = dots(robot, first);
        assertEquals(2, dots.size());
        Button five = robot.lookup("#cell-" + first + "-5").queryAs(Button.class);
        Button two = robot.lookup("#cell-" + first + "-2").queryAs(Button.class);
        double[] xs = dots.stream().mapToDouble(this::centreX).sorted().toArray();
        assertEquals(centreX(two), xs[0], 1.0, "the lower dot sits under the cell of 2");
        assertEquals(centreX(five), xs[1], 1.0, "the higher dot sits under the cell of 5");
        assertEquals(
                "Room 2–5 · 2 ratings",
                robot.lookup("#spread-" + first)
                        .lookup(".spread-summary")
                        .queryAs(Label.class)
                        .getText());
    }

    @Test
    void disagreementMarkerOnlyWhereTheSpreadIsTwoOrMore(FxRobot robot) {
        Label marker = robot.lookup("#disagree-" + first).queryAs(Label.class);
        assertTrue(marker.isVisible());
        assertTrue(marker.getText().contains("spread 3"));
        assertFalse(robot.lookup("#disagree-" + second).queryAs(Label.class).isVisible());
        assertFalse(
                robot.lookup("#spread-" + icmi.items().get(2).id()).query().isVisible(),
                "no participant ratings and no rating: no strip");
    }

    @Test
    void theStripFollowsParticipantRatingsAsTheyChange(FxRobot robot) {
        robot.interact(() -> model().rateAs(agent.getId(), second, Rating.of(1)));
        assertTrue(robot.lookup("#disagree-" + second).queryAs(Label.class).isVisible());
        assertEquals(2, dots(robot, second).size());
        robot.interact(() -> model().history().undo());
        assertFalse(robot.lookup("#disagree-" + second).queryAs(Label.class).isVisible());
    }

    @Test
    void legendNamesTheGroupsWhileTheRoomHasRatedAndHidesOtherwise(FxRobot robot) {
        Node legend = robot.lookup("#spreadLegend").query();
        assertTrue(legend.isVisible());
        assertEquals("CEO", robot.lookup("#legend-group-0").queryAs(Label.class).getText(), "no group set: the role");
        assertEquals(
                "Agent", robot.lookup("#legend-group-1").queryAs(Label.class).getText());
        robot.interact(() -> {
            for (Participant p : List.of(boss, agent)) {
                model().rateAs(p.getId(), first, null);
                model().rateAs(p.getId(), second, null);
            }
        });
        assertFalse(legend.isVisible());
        assertFalse(
                robot.lookup("#spread-" + first).query().isVisible(), "no room ratings, no agreed rating: no strip");
    }

    @Test
    void rightClickSetsATargetBesideTheAgreedRatingAndUndoRemovesIt(FxRobot robot) {
        robot.clickOn("#cell-" + first + "-3");
        Label target = robot.lookup("#target-" + first).queryAs(Label.class);
        assertEquals("Next 4", target.getText(), "by default the target is one level above the agreed 3");

        // Monocle does not turn a secondary click into a context-menu request, so ask as the OS would
        Button cell = robot.lookup("#cell-" + first + "-5").queryAs(Button.class);
        robot.interact(() -> {
            Bounds b = cell.localToScreen(cell.getLayoutBounds());
            Event.fireEvent(
                    cell,
                    new ContextMenuEvent(
                            ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                            5,
                            5,
                            b.getMinX() + 5,
                            b.getMinY() + 5,
                            false,
                            null));
        });
        robot.clickOn("Set target to 5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, model().assessment().getTargets().get(first));
        assertEquals("Target 5", target.getText());
        assertTrue(target.getPseudoClassStates().contains(PseudoClass.getPseudoClass("own-target")));
        Button five = robot.lookup("#cell-" + first + "-5").queryAs(Button.class);
        assertEquals(centreX(five), centreX(target), 2.0, "the target marker sits under the target value");

        robot.interact(() -> model().history().undo());
        assertEquals("Next 4", target.getText());
        assertFalse(model().assessment().getTargets().containsKey(first));
        assertNotNull(robot.lookup("#target-" + first).query());
    }

    @Test
    void hoveringADotOrTheTargetShowsWhatItMeansInItsCurrentState(FxRobot robot) throws Exception {
        Circle boss5 = dots(robot, first).stream()
                .max(java.util.Comparator.comparingDouble(this::centreX))
                .orElseThrow();
        robot.moveTo(boss5);
        assertEquals("Boss (CEO): 5", shownTooltip());
        robot.moveTo("#cell-" + second + "-1");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shownTooltipOrNull() == null);

        robot.clickOn("#cell-" + first + "-3");
        robot.moveTo("#target-" + first);
        assertTrue(shownTooltip().startsWith("Default target"), "no own target yet");
        robot.moveTo("#cell-" + second + "-1");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shownTooltipOrNull() == null);
        robot.interact(() -> model().setTarget(first, 5));
        robot.moveTo("#target-" + first);
        assertTrue(shownTooltip().startsWith("Target set for this item"), "the text follows the row's state");
    }

    private static String shownTooltip() throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shownTooltipOrNull() != null);
        return shownTooltipOrNull();
    }

    private static String shownTooltipOrNull() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText())
                .findFirst()
                .orElse(null));
    }
}
