package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.time.LocalDate;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Workbook → Start follow-up round on the sample's ICMI assessment: the new round opens unrated with the
 * baseline's rating marked per row ({@code .previous} on {@code #cell-<item>-<value>}), "Keep previous"
 * per section ({@code #keepPrevious-<section>}) and per item ({@code #keepPreviousButton}), and the
 * baseline is closed ({@code #closedRoundBar}, {@code #reopenRoundButton}).
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpRoundTest {

    private final MainViewModel vm = new MainViewModel();

    @Start
    void start(Stage stage) {
        MainWindowFixture.showHome(stage, vm, StartupData.readSample(), 1280, 720);
        vm.continueRating();
    }

    private AssessmentModel selected(FxRobot robot) {
        return vm.selectedAssessmentProperty().get();
    }

    /** The node with this id in the assessment shown now (other assessments' views may be cached). */
    private static <T extends Node> T shown(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).match(Node::isVisible).queryAllAs(type).stream()
                .filter(n -> n.getScene() != null && n.localToScreen(n.getBoundsInLocal()) != null)
                .filter(FollowUpRoundTest::showing)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no visible " + id));
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aFollowUpStartsUnratedWithTheBaselineMarkedAndKeepPreviousIsOneStep(FxRobot robot) {
        AssessmentModel baseline = selected(robot);
        int before = vm.assessments().size();
        robot.clickOn("#workbookMenu").clickOn("#startFollowUpMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#startFollowUpButton");
        WaitForAsyncUtils.waitForFxEvents();

        AssessmentModel round = selected(robot);
        assertEquals(before + 1, vm.assessments().size());
        assertEquals(baseline.assessment(), round.previousRound());
        assertTrue(baseline.isClosed(), "the baseline is read-only once the follow-up starts");
        assertTrue(round.ratings().isEmpty(), "the new round starts unrated");
        assertEquals(
                GapStatus.NOT_STARTED,
                GapWorksheet.row(round.assessment(), "omnichannel-tool-system").getStatus(),
                "open gap actions carry over");
        assertTrue(round.titleWithRound().startsWith("ICMI self-assessment — Round 2 · "), round.titleWithRound());

        Button previous = shown(robot, "#cell-organizational-alignment-3", Button.class);
        assertTrue(
                previous.getPseudoClassStates().contains(PseudoClass.getPseudoClass("previous")),
                "the baseline's 3 is marked");
        assertFalse(previous.getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")), "but not chosen");
        assertTrue(shown(robot, "#row-organizational-alignment", Node.class).lookupAll(".item-status").stream()
                .map(n -> ((Label) n).getText())
                .anyMatch(t -> t.equals("Not rated · previous round: 3 Substantial progress")
                        || t.startsWith("Not rated · previous round: 3")));

        robot.clickOn(shown(robot, "#keepPrevious-organizational", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        for (String item : List.of(
                "organizational-alignment", "goals-and-objectives", "stakeholder-engagement", "resource-allocation")) {
            assertEquals(baseline.rating(item), round.rating(item), item);
        }
        assertTrue(shown(robot, "#cell-organizational-alignment-3", Button.class)
                .getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("chosen")));
        assertNull(round.rating("customer-satisfaction"), "other sections are left alone");

        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(round.ratings().isEmpty(), "one undo takes the whole section back");
    }

    @Test
    void theClosedBaselineRefusesEditsUntilReopened(FxRobot robot) {
        AssessmentModel baseline = selected(robot);
        robot.clickOn("#workbookMenu").clickOn("#startFollowUpMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#startFollowUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.selectedAssessmentProperty().set(baseline));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown(robot, "#closedRoundBar", Node.class).isVisible());
        robot.clickOn(shown(robot, "#cell-organizational-alignment-5", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(3), baseline.rating("organizational-alignment"), "a closed round keeps its ratings");

        robot.clickOn(shown(robot, "#reopenRoundButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(baseline.isClosed());
        robot.clickOn(shown(robot, "#cell-organizational-alignment-5", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(5), baseline.rating("organizational-alignment"));
    }

    @Test
    void theFollowUpAsksForItsDateAndCancelCreatesNothing(FxRobot robot) {
        AssessmentModel baseline = selected(robot);
        int before = vm.assessments().size();
        robot.clickOn("#workbookMenu").clickOn("#startFollowUpMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = robot.lookup("#followUpDatePicker").queryAs(DatePicker.class);
        assertEquals(LocalDate.now(), date.getValue(), "today unless changed");
        assertTrue(robot.lookup("#followUpDialog .header-panel .label")
                .queryLabeled()
                .getText()
                .startsWith("Round 2 of ICMI self-assessment"));
        robot.clickOn("#cancelFollowUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, vm.assessments().size(), "cancel creates nothing");
        assertFalse(baseline.isClosed(), "and closes nothing");
        assertEquals(baseline, selected(robot));

        robot.clickOn("#workbookMenu").clickOn("#startFollowUpMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate baselineDate = vm.sessionProperty().get().workbook().getDate();
        robot.interact(
                () -> date(robot).getEditor().setText(baselineDate.minusDays(1).toString()));
        robot.clickOn("#startFollowUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#followUpDateProblem").queryAs(Label.class);
        assertTrue(problem.isVisible() && problem.getText().contains("before Round 1"), problem.getText());
        assertEquals(before, vm.assessments().size(), "a date before the baseline is refused");

        robot.interact(() -> date(robot).getEditor().setText("2027-05-20"));
        robot.clickOn("#startFollowUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        AssessmentModel round = selected(robot);
        assertEquals(before + 1, vm.assessments().size());
        assertEquals(LocalDate.of(2027, 5, 20), round.assessment().getAssessedOn(), "the date typed");
        assertEquals("ICMI self-assessment — Round 2 · 2027-05-20", round.titleWithRound());
        assertTrue(baseline.isClosed());
    }

    @Test
    void keepPreviousOnTheFormTakesOnlyTheFocusedItemAsOneUndoStep(FxRobot robot) {
        AssessmentModel baseline = selected(robot);
        robot.clickOn("#workbookMenu").clickOn("#startFollowUpMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#startFollowUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        AssessmentModel round = selected(robot);
        String focused = "organizational-alignment";
        assertTrue(
                shown(robot, "#formTitle", Label.class).getText().contains("Organizational Alignment"),
                "the form shows the first item");

        robot.clickOn(shown(robot, "#keepPreviousButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(baseline.rating(focused), round.rating(focused), "the focused item takes its previous rating");
        assertEquals(1, round.ratings().size(), "and only that item");
        assertTrue(shown(robot, "#cell-organizational-alignment-3", Button.class)
                .getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("chosen")));

        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(round.ratings().isEmpty(), "one undo takes it back");
    }

    private static DatePicker date(FxRobot robot) {
        return robot.lookup("#followUpDatePicker").queryAs(DatePicker.class);
    }
}
