package com.cxworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.file.DetailsDialog;
import com.cxworkbook.ui.gaps.GapRowViewModel;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user sees at 1280×720, 1366×768 and 1920×1080: the menu bar, the gap worksheet's TOTAL numbers
 * and the details dialog's OK button inside the window; the gap table's spreadsheet keys.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopSizesTest {

    private static final List<double[]> SIZES =
            List.of(new double[] {1280, 720}, new double[] {1366, 768}, new double[] {1920, 1080});

    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own: TestFX shares the primary stage across test classes, and this test makes its
        // window full screen or resizes it
        Stage stage = new Stage();
        this.stage = stage;
        Workbook sample = StartupData.readSample();
        view = MainWindowFixture.showWithFirstAssessmentOpen(stage, sample, 1280, 720);
    }

    private void resize(FxRobot robot, double[] size) {
        robot.interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean insideWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinX() >= 0
                && b.getMinY() >= 0
                && b.getMaxX() <= node.getScene().getWidth() + 0.5
                && b.getMaxY() <= node.getScene().getHeight() + 0.5
                && b.getWidth() > 0
                && b.getHeight() > 0;
    }

    /** The label shows its whole text: not cut to "…" and not squeezed to nothing. */
    private static boolean showsWholeText(Label label) {
        return label.getWidth() + 0.5 >= label.prefWidth(-1)
                && !label.getText().isEmpty()
                && label.getWidth() >= label.minWidth(-1);
    }

    private TableView<?> openGapWorksheet(FxRobot robot) {
        robot.clickOn("#gapTab");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#gapTable").queryAs(TableView.class);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            Window.getWindows().stream()
                    .filter(w -> w != stage && w instanceof Stage s && s.getOwner() == stage)
                    .toList()
                    .forEach(Window::hide);
            stage.close();
        });
    }

    @Test
    void menuBarAndTotalNumbersAreInsideTheWindowAtEverySize(FxRobot robot) {
        openGapWorksheet(robot);
        for (double[] size : SIZES) {
            resize(robot, size);
            String at = (int) size[0] + "×" + (int) size[1];
            assertTrue(insideWindow(view.menuBar()), "menu bar at " + at);
            for (String id : List.of("#totalRating", "#totalGap")) {
                Label total = robot.lookup(id).queryAs(Label.class);
                assertTrue(insideWindow(total), id + " inside the window at " + at);
                assertTrue(
                        showsWholeText(total),
                        id + " shows '" + total.getText() + "' whole at " + at + " (width " + total.getWidth() + ")");
            }
            for (String column : List.of("#activityColumn", "#ratingColumn", "#gapColumn")) {
                Node head = robot.lookup(".column-header")
                        .match(n -> n.getId() != null && ("#" + n.getId()).equals(column))
                        .query();
                assertTrue(insideWindow(head), column + " head visible at " + at);
            }
        }
    }

    @Test
    void activityCurrentAndGapStayInViewWhenTheTableScrollsToTheLastColumn(FxRobot robot) {
        resize(robot, SIZES.get(0));
        TableView<?> table = openGapWorksheet(robot);
        robot.clickOn("#activity-goals-and-objectives");
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "ownerColumn",
                table.getFocusModel().getFocusedCell().getTableColumn().getId());
        Node owner = robot.lookup("#owner-goals-and-objectives").query();
        Bounds ownerBounds = owner.localToScene(owner.getBoundsInLocal());
        assertTrue(
                ownerBounds.getMaxX()
                        <= table.localToScene(table.getLayoutBounds()).getMaxX() + 1,
                "the table scrolled to the Owner cell: " + ownerBounds);
        robot.type(KeyCode.ENTER);
        robot.write("Priya");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "warningsColumn",
                table.getFocusModel().getFocusedCell().getTableColumn().getId());
        Node check = robot.lookup("#warnings-goals-and-objectives").query();
        Node activity = robot.lookup("#activity-goals-and-objectives").query();
        Node gap = robot.lookup("#gap-goals-and-objectives").query();
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        for (Node cell : List.of(check, activity, gap)) {
            Bounds b = cell.localToScene(cell.getBoundsInLocal());
            assertTrue(
                    b.getMinX() >= tableBounds.getMinX() - 1 && b.getMaxX() <= tableBounds.getMaxX() + 1,
                    cell.getId() + " in view at 1280×720: " + b);
        }
        Bounds a = activity.localToScene(activity.getBoundsInLocal());
        Bounds c = check.localToScene(check.getBoundsInLocal());
        assertTrue(c.getMinX() >= a.getMaxX() - 1, "the focused cell is not hidden under the frozen columns");
    }

    @Test
    void enterInADropDownCommitsAndMovesDownTabMovesAcrossInsideTheTable(FxRobot robot) {
        TableView<?> table = openGapWorksheet(robot);
        AssessmentModel icmi = view.viewModel().assessments().get(0);
        robot.doubleClickOn("#priority-goals-and-objectives");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.ENTER); // (none) → High
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Priority.HIGH,
                GapWorksheet.row(icmi.assessment(), "goals-and-objectives").getPriority());
        var focus = table.getFocusModel().getFocusedCell();
        assertEquals("priorityColumn", focus.getTableColumn().getId(), "Enter stays in the column");
        assertEquals(
                "stakeholder-engagement",
                ((GapRowViewModel) table.getItems().get(focus.getRow())).itemId(),
                "Enter moves down one row");

        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "effortColumn",
                table.getFocusModel().getFocusedCell().getTableColumn().getId(),
                "Tab moves right");
        assertTrue(table.isFocused(), "Tab stays in the table");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "priorityColumn",
                table.getFocusModel().getFocusedCell().getTableColumn().getId(),
                "Shift+Tab back");
        assertFalse(robot.lookup("#suggestActionsButton").query().isFocused());
    }

    @Test
    void detailsDialogKeepsOkInsideItsWindowWithManyParticipants(FxRobot robot) {
        for (double[] size : SIZES) {
            resize(robot, size);
            List<WorkbookDetails.Person> people = IntStream.range(0, 14)
                    .mapToObj(i -> new WorkbookDetails.Person(null, "Person " + i, "Role " + i, ""))
                    .toList();
            DetailsDialog[] dialog = new DetailsDialog[1];
            robot.interact(() -> {
                dialog[0] = new DetailsDialog(
                        stage, new WorkbookDetails("Client", "Facilitator", LocalDate.of(2026, 3, 15), people));
                dialog[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node ok = dialog[0].getDialogPane().lookupButton(ButtonType.OK);
            Node add = dialog[0].getDialogPane().lookup("#addParticipantButton");
            String at = (int) size[0] + "×" + (int) size[1];
            assertTrue(insideWindow(ok), "OK inside the dialog at " + at);
            assertTrue(insideWindow(add), "Add participant inside the dialog at " + at);
            assertTrue(
                    dialog[0].getDialogPane().getScene().getWindow().getHeight()
                                    <= stage.getScene().getWindow().getHeight()
                            || dialog[0].getDialogPane().getScene().getWindow().getHeight() <= 1200,
                    "dialog fits the screen");
            robot.interact(() -> dialog[0].close());
        }
    }

    @Test
    void removingAParticipantIsLabelledAndUndoable(FxRobot robot) {
        List<WorkbookDetails.Person> people = List.of(
                new WorkbookDetails.Person("p1", "Raj Patel", "Head of Service", "Leadership"),
                new WorkbookDetails.Person("p2", "Mia Chen", "Team lead", "Front line"));
        DetailsDialog[] dialog = new DetailsDialog[1];
        robot.interact(() -> {
            dialog[0] = new DetailsDialog(stage, new WorkbookDetails("Client", "Facilitator", null, people));
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button remove =
                (javafx.scene.control.Button) dialog[0].getDialogPane().lookup("#removeParticipant-0");
        assertEquals("Remove", remove.getText());
        assertTrue(remove.getWidth() + 0.5 >= remove.prefWidth(-1), "Remove is not cut to …");
        robot.interact(remove::fire);
        assertTrue(dialog[0].getDialogPane().lookup("#participantRows").lookup("#participantName-0") == null);
        javafx.scene.control.Button undo =
                (javafx.scene.control.Button) dialog[0].getDialogPane().lookup("#undoRemoveParticipant");
        assertTrue(undo.isVisible());
        assertEquals("Undo remove of Raj Patel", undo.getText());
        robot.interact(undo::fire);
        assertEquals(
                "Raj Patel",
                ((javafx.scene.control.TextField) dialog[0].getDialogPane().lookup("#participantName-0")).getText());
        robot.interact(() -> dialog[0].close());
    }
}
