package com.cxworkbook.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The gap worksheet on the bundled sample ICMI assessment (ratings total 53: Customer-Aware), driven by
 * stable ids:
 * <ul>
 *   <li>{@code #gapTable}; columns {@code #<column>Column}; cells {@code #<column>-<itemId>} with column one of
 *       rank, section, activity, rating, gap, priority, effort, initiative, actions, owner, targetDate, status,
 *       warnings; rows {@code #gapRow-<itemId>} (the rating grid uses #row-<itemId>)</li>
 *   <li>inline editors {@code #editor-<column>}; list entries of a ComboBox editor {@code #choice-<label as slug>}
 *       ({@code #choice-high}, {@code #choice-5-achieved}, {@code #choice-n-a}, {@code #choice-none})</li>
 *   <li>TOTAL row {@code #gapTotals} with {@code #totalRating}, {@code #totalGap}, {@code #totalStage}</li>
 *   <li>toolbar: {@code #suggestActionsButton}, {@code #bigGapsOnlyToggle}, {@code #priorityFilter},
 *       {@code #effortFilter}, {@code #initiativeFilter}, {@code #sortChoice}, {@code #matrixToggle},
 *       {@code #gapWarningsSummary}; message line {@code #gapMessage}</li>
 *   <li>{@code #worksheetPane} (table + totals) and the matrix: {@code #priorityMatrix}, {@code #matrixAxis}, cells {@code #matrix-<row>-<column>},
 *       {@code #matrixUnplaced}</li>
 * </ul>
 */
@ExtendWith(ApplicationExtension.class)
class GapWorksheetViewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private WorkbookSession session;
    private AssessmentModel model;

    @Start
    void start(Stage stage) {
        session = new WorkbookSession(StartupData.readSample(), Frameworks.catalog());
        model = session.assessments().get(0);
        GapWorksheetView view = new GapWorksheetView(new GapWorksheetViewModel(model, () -> TODAY));
        Scene scene = MainWindowFixture.styledScene(view, 1260, 780);
        stage.setScene(scene);
        stage.show();
    }

    /** What a cell or label shows, whether as its text or as wrapped text in its graphic. */
    private static String text(FxRobot robot, String id) {
        javafx.scene.control.Labeled labeled = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
        if (labeled.getText() == null && labeled.getGraphic() instanceof javafx.scene.text.Text wrapped) {
            return wrapped.getText();
        }
        return labeled.getText();
    }

    /** Picks an entry from a ComboBox's open list (the same text may also be in a table cell). */
    private static void pick(FxRobot robot, String comboId, String text) {
        robot.clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                        && text.equals(cell.getText())
                        && cell.isVisible())
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GapRow row(String itemId) {
        return GapWorksheet.row(model.assessment(), itemId);
    }

    private static void editCell(FxRobot robot, String cellId) {
        robot.doubleClickOn(cellId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheSampleWithComputedGapsAndTotals(FxRobot robot) {
        assertEquals(
                20,
                robot.lookup("#gapTable").queryAs(TableView.class).getItems().size());
        assertEquals("Organizational Alignment", text(robot, "#activity-organizational-alignment"));
        assertEquals("Organizational", text(robot, "#section-organizational-alignment"));
        assertEquals("", text(robot, "#section-goals-and-objectives"), "section named once per group");
        assertEquals("3", text(robot, "#rating-organizational-alignment"));
        assertEquals("2", text(robot, "#gap-organizational-alignment"));
        assertEquals("53", text(robot, "#totalRating"));
        assertEquals("47", text(robot, "#totalGap"));
        assertEquals("of 100 points · Stage: Customer-Aware", text(robot, "#totalStage"));
        assertTrue(robot.lookup("#gapTotals").query().isVisible());
    }

    @Test
    void comboCellCommitsThePickedValue(FxRobot robot) {
        editCell(robot, "#priority-organizational-alignment");
        robot.clickOn("#choice-high");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Priority.HIGH, row("organizational-alignment").getPriority());
        assertEquals("High", text(robot, "#priority-organizational-alignment"));
        editCell(robot, "#effort-organizational-alignment");
        robot.clickOn("#choice-low");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Effort.LOW, row("organizational-alignment").getEffort());
        robot.interact(() -> session.history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(row("organizational-alignment").getEffort());
        assertEquals("", text(robot, "#effort-organizational-alignment"), "undo shows in the table");
    }

    @Test
    void textCellKeepsTheValueWhenTheUserClicksAnotherCell(FxRobot robot) {
        editCell(robot, "#owner-organizational-alignment");
        robot.write("Priya Shah");
        robot.clickOn("#activity-resource-allocation");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Priya Shah", row("organizational-alignment").getOwner(), "focus loss commits");
        assertEquals("Priya Shah", text(robot, "#owner-organizational-alignment"));
    }

    @Test
    void textCellKeepsTheValueWhenFocusMovesOutOfTheTable(FxRobot robot) {
        editCell(robot, "#owner-goals-and-objectives");
        robot.write("Tom");
        robot.clickOn("#suggestActionsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tom", row("goals-and-objectives").getOwner());
    }

    @Test
    void enterCommitsEscapeCancelsTabCommitsAndMovesOn(FxRobot robot) {
        editCell(robot, "#owner-stakeholder-engagement");
        robot.write("Elena").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Elena", row("stakeholder-engagement").getOwner());

        editCell(robot, "#owner-stakeholder-engagement");
        robot.write("Nobody").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Elena", row("stakeholder-engagement").getOwner(), "Escape cancels");
        assertEquals("Elena", text(robot, "#owner-stakeholder-engagement"));

        editCell(robot, "#owner-resource-allocation");
        robot.write("Marcus").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Marcus", row("resource-allocation").getOwner(), "Tab commits");
        TableView<?> table = robot.lookup("#gapTable").queryAs(TableView.class);
        assertEquals(
                "targetDateColumn",
                table.getFocusModel().getFocusedCell().getTableColumn().getId());
    }

    @Test
    void multiLineActionsTakeAltEnterAsNewLine(FxRobot robot) {
        editCell(robot, "#actions-resource-allocation");
        robot.write("Fund a CX lead");
        robot.press(KeyCode.ALT).type(KeyCode.ENTER).release(KeyCode.ALT);
        robot.write("Budget the VoC tool").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Fund a CX lead\nBudget the VoC tool",
                row("resource-allocation").getActions());
    }

    @Test
    void targetDateTypedAndTabbedReachesTheSavedFile(
            FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.clickOn("#targetDate-employee-satisfaction").type(KeyCode.ENTER);
        robot.write("2027-05-31").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        java.nio.file.Path file = dir.resolve("gaps.cxwb");
        new com.cxworkbook.persistence.WorkbookStore().write(session.workbook(), file);
        assertTrue(java.nio.file.Files.readString(file).contains("\"2027-05-31\""), "typed target date is in the file");
    }

    @Test
    void dateCellCommitsTypedDateOnFocusLossAndKeepsPastDatesAsWarnings(FxRobot robot) {
        // keyboard start (Enter) selects the old date, so typing replaces it
        robot.clickOn("#targetDate-employee-satisfaction").type(KeyCode.ENTER);
        robot.write("2026-01-15");
        robot.clickOn("#activity-organizational-alignment");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 1, 15), row("employee-satisfaction").getTargetDate());
        assertEquals("⚠ 1", text(robot, "#warnings-employee-satisfaction"), "past date is a warning, not a refusal");
        assertTrue(text(robot, "#gapWarningsSummary").contains("1 warning"));

        robot.clickOn("#targetDate-employee-satisfaction").type(KeyCode.ENTER);
        robot.write("soon");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 1, 15), row("employee-satisfaction").getTargetDate(), "not a date: kept");
        assertTrue(text(robot, "#gapMessage").contains("is not a date"), text(robot, "#gapMessage"));
    }

    @Test
    void statusComboCommitsWithTheKeyboard(FxRobot robot) {
        editCell(robot, "#status-employee-satisfaction");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // Not started → In progress
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(GapStatus.IN_PROGRESS, row("employee-satisfaction").getStatus());
    }

    @Test
    void ratingsAreLinkedBothWaysWithTheAssessment(FxRobot robot) {
        robot.interact(() -> model.rate("resource-allocation", Rating.of(4)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4", text(robot, "#rating-resource-allocation"));
        assertEquals("1", text(robot, "#gap-resource-allocation"));
        assertEquals("54", text(robot, "#totalRating"));

        editCell(robot, "#rating-organizational-alignment");
        robot.clickOn("#choice-5-achieved");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(5), model.rating("organizational-alignment"));
        assertEquals(56, model.result().rawSum(), "the live score follows the table");
        assertEquals("0", text(robot, "#gap-organizational-alignment"));
        assertEquals("44", text(robot, "#totalGap"));

        editCell(robot, "#rating-goals-and-objectives");
        robot.clickOn("#choice-n-a");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.NOT_APPLICABLE, model.rating("goals-and-objectives"));
        assertEquals("", text(robot, "#gap-goals-and-objectives"), "N/A has no gap");
        assertTrue(text(robot, "#totalStage").contains("scaled"));
    }

    @Test
    void bigGapsToggleAndPriorityFilterNarrowTheRows(FxRobot robot) {
        TableView<?> table = robot.lookup("#gapTable").queryAs(TableView.class);
        robot.clickOn("#bigGapsOnlyToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(17, table.getItems().size(), "three activities rated 4 have a gap of 1");
        assertTrue(robot.lookup("#gap-goals-and-objectives").tryQuery().isEmpty());
        pick(robot, "#priorityFilter", "High");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size(), "omnichannel and routing are High in the sample");
        robot.clickOn("#bigGapsOnlyToggle");
        pick(robot, "#priorityFilter", "Any priority");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, table.getItems().size());
    }

    @Test
    void sortChoiceAndHeaderClicksSort(FxRobot robot) {
        TableView<GapRowViewModel> table = robot.lookup("#gapTable").queryAs(TableView.class);
        robot.clickOn("#sortChoice").clickOn("Largest gap first");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Omnichannel Mgmt Tool/System", table.getItems().get(0).activity(), "gap 4 first");
        robot.clickOn("#sortChoice").clickOn("Rank");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Omnichannel Mgmt Tool/System", table.getItems().get(0).activity());
        assertEquals("Routing Tool/System", table.getItems().get(1).activity());
        assertEquals("Employee Satisfaction", table.getItems().get(2).activity());
        robot.clickOn("#sortChoice").clickOn("Framework order");
        robot.clickOn("#effortHeader");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Employee Satisfaction", table.getItems().get(0).activity(), "Low effort first");
    }

    @Test
    void suggestActionsFillsEmptyActionCellsAsOneUndoableEdit(FxRobot robot) {
        robot.clickOn("#suggestActionsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(row("stakeholder-engagement").getActions().startsWith("• Establish a clear CX function"));
        assertTrue(
                row("omnichannel-tool-system").getActions().startsWith("Select one omnichannel platform"),
                "filled cells are left alone");
        assertTrue(text(robot, "#gapMessage").startsWith("Suggested actions for"));
        robot.interact(() -> session.history().undo());
        assertNull(row("stakeholder-engagement"));
    }

    @Test
    void priorityMatrixShowsQuickWins(FxRobot robot) {
        robot.clickOn("#matrixToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#priorityMatrix").query().isVisible());
        assertFalse(robot.lookup("#worksheetPane").query().isVisible());
        // sample: Employee Satisfaction is Medium priority, Low effort → a quick win
        assertTrue(robot.from(robot.lookup("#matrix-1-0").queryAs(javafx.scene.Node.class))
                .lookup("Employee Satisfaction")
                .tryQuery()
                .isPresent());
        assertTrue(robot.lookup("#matrix-1-0").query().getStyleClass().contains("quick-win"));
        assertTrue(robot.from(robot.lookup("#matrix-0-2").queryAs(javafx.scene.Node.class))
                .lookup("Omnichannel Mgmt Tool/System")
                .tryQuery()
                .isPresent());
    }

    @Test
    void copyAndPasteTabSeparatedCells(FxRobot robot) {
        robot.clickOn("#owner-employee-satisfaction");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.C).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("Priya Shah\n", copied[0]);

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Ops team\t2027-02-28\tDone\nIT\t\tIn progress\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#owner-organizational-alignment");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.V).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ops team", row("organizational-alignment").getOwner());
        assertEquals(LocalDate.of(2027, 2, 28), row("organizational-alignment").getTargetDate());
        assertEquals(GapStatus.DONE, row("organizational-alignment").getStatus());
        assertEquals("IT", row("goals-and-objectives").getOwner(), "the next line goes to the next row");
        assertEquals(GapStatus.IN_PROGRESS, row("goals-and-objectives").getStatus());
        assertEquals("Ops team", text(robot, "#owner-organizational-alignment"));
    }

    @Test
    void dragAndDropRanksARow(FxRobot robot) {
        // sample ranks: Omnichannel 1, Routing 2, Employee Satisfaction 3
        robot.drag("#activity-stakeholder-engagement").dropTo("#activity-employee-satisfaction");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, row("stakeholder-engagement").getRank(), "takes the place it was dropped on");
        assertEquals(4, row("employee-satisfaction").getRank(), "and the row there moves down one");
        assertEquals(1, row("omnichannel-tool-system").getRank());
        assertEquals("3", text(robot, "#rank-stakeholder-engagement"));
    }
}
