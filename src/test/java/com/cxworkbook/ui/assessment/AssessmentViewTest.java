package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rating grid in the real main window: clicks on cells by id, keys, undo/redo and the result shown. */
@ExtendWith(ApplicationExtension.class)
class AssessmentViewTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Framework salesEquity = Frameworks.get(Frameworks.SALESEQUITY);
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        Workbook workbook = new Workbook();
        workbook.setClient("Test client");
        workbook.getAssessments().add(new Assessment(icmi));
        workbook.getAssessments().add(new Assessment(salesEquity));
        view = com.cxworkbook.ui.MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook);
        vm = view.viewModel();
    }

    private AssessmentModel icmiModel() {
        return vm.assessments().get(0);
    }

    private String id(int index) {
        return icmi.items().get(index).id();
    }

    private Button cell(FxRobot robot, String itemId, int value) {
        return robot.lookup("#cell-" + itemId + "-" + value).queryAs(Button.class);
    }

    private String text(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return node instanceof Label label ? label.getText() : ((Button) node).getText();
    }

    @Test
    void continuingOpensTheFirstAssessmentOnItsGrid(FxRobot robot) {
        assertEquals(icmiModel(), vm.selectedAssessmentProperty().get());
        assertTrue(robot.from(robot.lookup("#ratingGrid").queryAll())
                .lookup("#row-" + id(0))
                .tryQuery()
                .isPresent());
        assertEquals("1 No progress", cell(robot, id(0), 1).getText());
        assertEquals("2", cell(robot, id(0), 2).getText());
    }

    @Test
    void clickingACellRatesHighlightsAndUpdatesScoreAndStage(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-3");
        assertEquals(Rating.of(3), icmiModel().rating(id(0)));
        assertTrue(cell(robot, id(0), 3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        assertFalse(cell(robot, id(0), 2).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        // one rating is a "so far", never a projection (it used to read 60 / 100 Customer-Aware)
        assertEquals("3 so far", text(robot, "scoreValue"));
        assertEquals("Customer-Chaotic to Customer-Champion", text(robot, "stageValue"));
        assertEquals("1 of 20 rated · final 22–98", text(robot, "progressValue"));
        assertEquals(
                "Organizational Alignment: 3 (chosen)", cell(robot, id(0), 3).getAccessibleText());

        robot.clickOn("#cell-" + id(0) + "-5");
        assertEquals(Rating.of(5), icmiModel().rating(id(0)));
        assertFalse(cell(robot, id(0), 3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        assertTrue(cell(robot, id(0), 5).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        assertEquals("Customer-Chaotic to Customer-Champion", text(robot, "stageValue"));
        assertEquals("1 of 20 rated · final 24–100", text(robot, "progressValue"));

        robot.clickOn("#cell-" + id(0) + "-5");
        assertNull(icmiModel().rating(id(0)), "clicking the chosen cell again clears it");
        assertFalse(cell(robot, id(0), 5).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        assertEquals("Not rated yet", text(robot, "stageValue"));
    }

    @Test
    void theNotApplicableToggleExcludesTheItem(FxRobot robot) {
        robot.clickOn("#cell-" + id(1) + "-4");
        robot.clickOn("#na-" + id(0));
        assertEquals(Rating.NOT_APPLICABLE, icmiModel().rating(id(0)));
        assertTrue(robot.lookup("#na-" + id(0)).queryAs(CheckBox.class).isSelected());
        assertEquals("1 N/A", text(robot, "naCount"));
        assertEquals("4 so far", text(robot, "scoreValue"));
        assertEquals(
                "2 of 20 rated · final 23–99",
                text(robot, "progressValue"),
                "(4 + 18) × 20 / 19 and (4 + 90) × 20 / 19");
    }

    @Test
    void keyboardMovesRatesMarksNotApplicableAndClears(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-2");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DIGIT4);
        assertEquals(Rating.of(4), icmiModel().rating(id(1)));
        assertTrue(cell(robot, id(1), 4).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.N);
        assertEquals(Rating.NOT_APPLICABLE, icmiModel().rating(id(2)));
        robot.type(KeyCode.UP);
        robot.type(KeyCode.DELETE);
        assertNull(icmiModel().rating(id(1)));
        robot.type(KeyCode.DIGIT0);
        assertEquals(Rating.NOT_APPLICABLE, icmiModel().rating(id(1)), "0 is not on ICMI's scale: it marks N/A");
        assertEquals(Rating.of(2), icmiModel().rating(id(0)));
    }

    @Test
    void undoAndRedoFromTheKeyboardAndTheMenu(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-3");
        robot.clickOn("#cell-" + id(0) + "-4");
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(3), icmiModel().rating(id(0)));
        assertTrue(cell(robot, id(0), 3).getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        assertEquals("3 so far", text(robot, "scoreValue"));
        robot.press(KeyCode.SHORTCUT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(4), icmiModel().rating(id(0)));
        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(4), icmiModel().rating(id(0)), "Shortcut+Shift+Z redoes too");

        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        assertEquals(Rating.of(3), icmiModel().rating(id(0)));
        assertEquals(
                "Undo rate Organizational Alignment 3",
                vm.sessionProperty().get().history().undoTextProperty().get());
    }

    @Test
    void clickingTheScoreExplainsIt(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-3");
        assertFalse(robot.lookup("#scoreExplanation").query().isVisible());
        robot.clickOn("#scoreValue");
        Label explanation = robot.lookup("#scoreExplanation").queryAs(Label.class);
        assertTrue(explanation.isVisible());
        assertTrue(explanation.getText().contains("Organizational Alignment 3"), explanation.getText());
    }

    @Test
    void notesTypedInTheFormAreStoredWhenTheFocusMovesOnAndUndoable(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-3");
        robot.clickOn("#notesField").write("Agents know, managers less so");
        robot.clickOn("#cell-" + id(0) + "-4");
        assertEquals("Agents know, managers less so", icmiModel().note(id(0)));
        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        assertNull(icmiModel().note(id(0)));
        assertEquals("", robot.lookup("#notesField").queryAs(TextArea.class).getText());
    }

    @Test
    void salesEquityCharacteristicsAreAnsweredDescribesUsOrDoesNotAndTheCardStaysPut(FxRobot robot) {
        robot.interact(
                () -> vm.selectedAssessmentProperty().set(vm.assessments().get(1)));
        AssessmentModel model = vm.assessments().get(1);
        assertTrue(robot.lookup("#stage-chaotic").tryQuery().isPresent());
        Item first = salesEquity.items().get(0);
        Button describes = robot.lookup("#cell-" + first.id() + "-1").queryAs(Button.class);
        Button doesNot = robot.lookup("#cell-" + first.id() + "-0").queryAs(Button.class);
        assertEquals("Describes us", describes.getText());
        assertEquals("Does not describe us", doesNot.getText());
        Node card = robot.lookup("#row-" + first.id()).query();
        javafx.geometry.Bounds before = card.localToScene(card.getBoundsInLocal());
        javafx.geometry.Bounds cellBefore = doesNot.localToScene(doesNot.getBoundsInLocal());

        robot.clickOn(describes);
        assertEquals(Rating.of(1), model.rating(first.id()));
        assertTrue(describes.getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));
        assertEquals(before, card.localToScene(card.getBoundsInLocal()), "answering never moves the card");
        assertEquals(cellBefore, doesNot.localToScene(doesNot.getBoundsInLocal()), "nor the cell beside the pointer");
        robot.clickOn(doesNot);
        assertEquals(Rating.of(0), model.rating(first.id()), "\"does not\" is an answer, not \"not rated\"");
        assertFalse(describes.getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")));

        // Stage 1 answered "does not", Stages 2 and 3 fully "describes us", Stage 4 one of three
        List<Section> stages = salesEquity.sections();
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < 3; i++) {
                boolean yes = s == 1 || s == 2 || (s == 3 && i == 0);
                if (s == 0 && i == 0) {
                    continue;
                }
                // the later stage columns are off-screen at this window size: answer them through the model
                String id = stages.get(s).items().get(i).id();
                robot.interact(() -> model.rate(id, Rating.of(yes ? 1 : 0)));
            }
        }
        assertEquals("Stage 3 so far", text(robot, "scoreValue"));
        assertEquals("Defined to Optimized", text(robot, "stageValue"), "Stage 5 is not rated yet");
        String summary = robot.lookup("#stageDescription").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Stage 3: 3 of 3 describe you; Stage 4: 1 of 3"), summary);
        for (Item item : stages.get(4).items()) {
            robot.interact(() -> model.rate(item.id(), Rating.of(0)));
        }
        assertEquals("Stage 3 of 5", text(robot, "scoreValue"));
        assertEquals("Defined", text(robot, "stageValue"));
    }

    @Test
    void theCurrentRowIsHighlightedBehindTheWholeRowInBothLayouts(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-3");
        robot.type(KeyCode.DOWN);
        assertBandCoversRow(robot, id(1), true);
        assertBandCoversRow(robot, id(0), false);

        robot.interact(
                () -> vm.selectedAssessmentProperty().set(vm.assessments().get(1)));
        String first = salesEquity.items().get(0).id();
        robot.clickOn("#cell-" + first + "-1");
        assertBandCoversRow(robot, first, true);
    }

    private static void assertBandCoversRow(FxRobot robot, String itemId, boolean shown) {
        Pane row = robot.lookup("#row-" + itemId).queryAs(Pane.class);
        Node band = row.getChildren().get(0);
        assertTrue(band.getStyleClass().contains("focus-band"), "the band is drawn first, behind the row");
        assertEquals(shown, band.getPseudoClassStates().contains(PseudoClass.getPseudoClass("focused-row")));
        assertTrue(row.getHeight() > 0);
        assertEquals(row.getLayoutBounds(), band.getBoundsInParent(), "the band covers the whole row");
    }

    @Test
    void projectorModeAddsItsStyleClassToTheRoot(FxRobot robot) {
        assertFalse(view.getStyleClass().contains("projector"));
        robot.clickOn("#viewMenu").clickOn("#projectorModeMenuItem");
        assertTrue(vm.projectorModeProperty().get());
        assertTrue(robot.lookup("#mainView")
                .query()
                .getScene()
                .getRoot()
                .getStyleClass()
                .contains("projector"));
        robot.type(KeyCode.F11);
        assertFalse(view.getStyleClass().contains("projector"));
    }

    @Test
    void addAssessmentAsksForAFrameworkAndOpensTheNewGrid(FxRobot robot) {
        int before = vm.assessments().size();
        robot.clickOn("#addAssessmentButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#choiceDialog").tryQuery().isPresent(), "the framework question is shown");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, vm.assessments().size());
        AssessmentModel added = vm.assessments().get(before);
        assertEquals(added, vm.selectedAssessmentProperty().get());
        String firstItem = added.framework().items().get(0).id();
        robot.clickOn("#cell-" + firstItem + "-" + added.framework().scale().max());
        assertEquals(Rating.of(added.framework().scale().max()), added.rating(firstItem));
    }

    @Test
    void hidingTheFormGivesTheGridTheWholeWidth(FxRobot robot) {
        assertTrue(robot.lookup("#ratingForm").tryQuery().isPresent());
        double before = robot.lookup("#gridScroll").query().getBoundsInLocal().getWidth();
        robot.clickOn("#sidePanelToggle");
        assertTrue(robot.lookup("#ratingForm").tryQuery().isEmpty(), "form hidden");
        assertTrue(robot.lookup("#gridScroll").query().getBoundsInLocal().getWidth() > before);
        robot.clickOn("#sidePanelToggle");
        assertTrue(robot.lookup("#ratingForm").tryQuery().isPresent(), "form back");
    }

    @Test
    void tabWalksThroughEveryCellAndIntoTheNextRow(FxRobot robot) {
        robot.clickOn("#cell-" + id(0) + "-4");
        robot.type(KeyCode.TAB);
        assertEquals("cell-" + id(0) + "-5", view.getScene().getFocusOwner().getId());
        robot.type(KeyCode.TAB);
        assertEquals("na-" + id(1), view.getScene().getFocusOwner().getId(), "the next row's N/A toggle");
        robot.type(KeyCode.TAB);
        assertEquals("cell-" + id(1) + "-1", view.getScene().getFocusOwner().getId());
        robot.type(KeyCode.DIGIT2);
        assertEquals(Rating.of(2), icmiModel().rating(id(1)), "digits rate the row that has the focus");
    }

    @Test
    void descriptorRowsShowTheStatementAndEveryLevelsDescriptor(FxRobot robot) {
        Workbook workbook = new Workbook();
        Framework astute = Frameworks.get(Frameworks.ASTUTE);
        workbook.getAssessments().add(new Assessment(astute));
        robot.interact(() -> {
            vm.loaded(Frameworks.catalog(), workbook, "Astute");
            vm.continueRating();
        });
        Item channel = astute.items().get(0);
        // scoped: the gap worksheet's table names its rows row-<itemId> too
        Node row = robot.from(robot.lookup("#ratingGrid").queryAll())
                .lookup("#row-" + channel.id())
                .query();
        assertEquals(
                channel.statement(),
                robot.from(row).lookup(".item-statement").queryAs(Label.class).getText());
        assertTrue(robot.from(row).lookup("#na-" + channel.id()).tryQuery().isPresent());
        for (int value = 1; value <= 5; value++) {
            assertEquals(
                    channel.descriptor(value), cell(robot, channel.id(), value).getText());
        }
        robot.clickOn("#cell-" + channel.id() + "-4");
        assertEquals("4.0 so far", text(robot, "scoreValue"));
        assertEquals(
                "Level 2 to Level 5", text(robot, "stageValue"), "(4 + 1 × 4) / 5 = 1.6 and (4 + 5 × 4) / 5 = 4.8");
    }
}
