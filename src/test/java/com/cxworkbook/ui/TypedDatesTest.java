package com.cxworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.file.DetailsDialog;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dates typed (never picked from the calendar) reach the saved file; text that is not a date changes nothing. */
@ExtendWith(ApplicationExtension.class)
class TypedDatesTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Workbook workbook = new Workbook();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workbook.setClient("Typed dates");
        workbook.getAssessments().add(new Assessment(icmi));
        view = MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook);
    }

    private AssessmentModel model() {
        return view.viewModel().assessments().get(0);
    }

    private String saved(Path dir) throws Exception {
        Path file = dir.resolve("typed.cxwb");
        new WorkbookStore().write(workbook, file);
        return Files.readString(file);
    }

    private DatePicker picker(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(DatePicker.class);
    }

    private WorkbookDetails details(FxRobot robot, String typed, KeyCode leaveWith) {
        AtomicReference<WorkbookDetails> result = new AtomicReference<>();
        Platform.runLater(() -> new DetailsDialog(stage, WorkbookDetails.of(workbook))
                .showAndWait()
                .ifPresent(result::set));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(picker(robot, "workshopDatePicker").getEditor())
                .eraseText(12)
                .write(typed);
        if (leaveWith != null) {
            robot.type(leaveWith);
        }
        if (leaveWith != KeyCode.ENTER) { // Enter commits the date and presses OK, as in any dialog
            robot.clickOn("#detailsOkButton");
        }
        WaitForAsyncUtils.waitForFxEvents();
        return result.get();
    }

    @Test
    void workshopDateTypedAsIsoAndLeftWithTabIsSaved(FxRobot robot, @TempDir Path dir) throws Exception {
        WorkbookDetails result = details(robot, "2026-03-15", KeyCode.TAB);
        robot.interact(() -> view.viewModel().sessionProperty().get().editDetails(result));
        assertEquals(LocalDate.of(2026, 3, 15), workbook.getDate());
        assertTrue(saved(dir).contains("\"2026-03-15\""), "the typed date is in the .cxwb");
    }

    @Test
    void workshopDateTypedAndConfirmedWithOkAloneIsKept(FxRobot robot) {
        WorkbookDetails result = details(robot, "2026-03-16", null);
        assertEquals(LocalDate.of(2026, 3, 16), result.date());
    }

    @Test
    void workshopDateInTheLocalesShortFormIsRead(FxRobot robot) {
        String shortForm = LocalDate.of(2026, 3, 17)
                .format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT));
        WorkbookDetails result = details(robot, shortForm, KeyCode.ENTER);
        assertEquals(LocalDate.of(2026, 3, 17), result.date());
    }

    @Test
    void textThatIsNotADateSaysSoAndKeepsTheOldDate(FxRobot robot) {
        workbook.setDate(LocalDate.of(2026, 1, 2));
        AtomicReference<WorkbookDetails> result = new AtomicReference<>();
        Platform.runLater(() -> new DetailsDialog(stage, WorkbookDetails.of(workbook))
                .showAndWait()
                .ifPresent(result::set));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(picker(robot, "workshopDatePicker").getEditor())
                .eraseText(12)
                .write("next Tuesday")
                .type(KeyCode.TAB);
        javafx.scene.control.Label error =
                robot.lookup("#workshopDatePickerError").queryAs(javafx.scene.control.Label.class);
        assertTrue(error.isVisible() && error.getText().contains("is not a date"), error.getText());
        assertEquals(
                "2026-01-02", picker(robot, "workshopDatePicker").getEditor().getText());
        robot.clickOn("#detailsOkButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 1, 2), result.get().date());
    }

    @Test
    void evidenceDateTypedAndTabbedIsSavedAndNotShownOnTheNextItem(FxRobot robot, @TempDir Path dir) throws Exception {
        String first = icmi.items().get(0).id();
        String second = icmi.items().get(1).id();
        robot.clickOn("#cell-" + first + "-3");
        robot.clickOn(picker(robot, "evidenceDateField").getEditor())
                .write("2026-04-30")
                .type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 4, 30), model().evidence(first).date());
        assertTrue(saved(dir).contains("\"2026-04-30\""), "the typed evidence date is in the .cxwb");

        // half-typed on the next item, then a click elsewhere: nothing stored, and no stale text anywhere
        robot.clickOn("#cell-" + second + "-2");
        robot.clickOn(picker(robot, "evidenceDateField").getEditor()).write("2026-04-");
        robot.clickOn("#cell-" + icmi.items().get(2).id() + "-4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                null,
                model().evidence(second) == null
                        ? null
                        : model().evidence(second).date());
        assertEquals("", picker(robot, "evidenceDateField").getEditor().getText(), "the third item has no date");
        robot.clickOn("#cell-" + first + "-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "2026-04-30", picker(robot, "evidenceDateField").getEditor().getText());
    }
}
