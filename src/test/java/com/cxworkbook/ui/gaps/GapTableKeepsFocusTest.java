package com.cxworkbook.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edits change rows in place: the table keeps its focused cell (never back to the "#" column) and, when the
 * shown order is a sort the edit affects, sorts again with the focus following its row.
 */
@ExtendWith(ApplicationExtension.class)
class GapTableKeepsFocusTest {

    private AssessmentModel model;
    private TableView<GapRowViewModel> table;

    @Start
    void start(Stage stage) {
        WorkbookSession session = new WorkbookSession(StartupData.readSample(), Frameworks.catalog());
        model = session.assessments().get(0);
        GapWorksheetView view =
                new GapWorksheetView(new GapWorksheetViewModel(model, () -> GapWorksheetViewTest.TODAY));
        Scene scene = MainWindowFixture.styledScene(view, 1260, 780);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<GapRowViewModel> table(FxRobot robot) {
        return robot.lookup("#gapTable").queryAs(TableView.class);
    }

    private TablePosition<GapRowViewModel, ?> focus() {
        return table.getFocusModel().getFocusedCell();
    }

    private String focusedItem() {
        return table.getItems().get(focus().getRow()).itemId();
    }

    @Test
    void aPickWithTheMouseCommitsAndLeavesTheFocusOnThatCell(FxRobot robot) {
        table = table(robot);
        robot.doubleClickOn("#priority-organizational-alignment");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#choice-high");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                Priority.HIGH,
                GapWorksheet.row(model.assessment(), "organizational-alignment").getPriority());
        assertEquals("priorityColumn", focus().getTableColumn().getId(), "not the # column");
        assertEquals("organizational-alignment", focusedItem());
    }

    @Test
    void aNewRankSortsAgainAndTheFocusFollowsItsRow(FxRobot robot) {
        table = table(robot);
        robot.clickOn("#sortChoice").clickOn("Rank");
        WaitForAsyncUtils.waitForFxEvents();
        // sample ranks: Omnichannel 1, Routing 2, Employee Satisfaction 3
        robot.clickOn("#owner-routing-tool-system");
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                List.of("routing-tool-system", "omnichannel-tool-system", "employee-satisfaction"),
                table.getItems().subList(0, 3).stream()
                        .map(GapRowViewModel::itemId)
                        .toList(),
                "shown in the new rank order");
        assertEquals("routing-tool-system", focusedItem(), "the focus moved with the row");
        assertEquals("ownerColumn", focus().getTableColumn().getId());
    }
}
