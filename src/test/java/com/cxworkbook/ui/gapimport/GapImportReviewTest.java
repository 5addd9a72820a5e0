package com.cxworkbook.ui.gapimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapChange;
import com.cxworkbook.export.GapSheetEdits;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.gaps.GapWorksheetView;
import com.cxworkbook.ui.gaps.GapWorksheetViewModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Import gap sheet from Excel on the sample: the client's edited export is reviewed in the real
 * dialog ({@code #gapImportDialog}, changes {@code #gapImportChanges}, problems {@code #gapImportProblems},
 * {@code #applyImportButton}, {@code #cancelImportButton}) and applied to the gap worksheet on screen.
 */
@ExtendWith(ApplicationExtension.class)
class GapImportReviewTest {

    private static final String GAP_SHEET = "Gap ICMI self-assessment";
    private static final String ALIGNMENT = "organizational-alignment";
    private static final String GOALS = "goals-and-objectives";

    @TempDir
    Path dir;

    private Stage stage;
    private WorkbookSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new WorkbookSession(StartupData.readSample(), Frameworks.catalog());
        GapWorksheetView view = new GapWorksheetView(
                new GapWorksheetViewModel(session.assessments().get(0), () -> LocalDate.of(2026, 11, 23)));
        Scene scene = MainWindowFixture.styledScene(view, 1260, 780);
        stage.setScene(scene);
        stage.show();
    }

    /** The sample exported, then edited by the client: {@code edit} gets the ICMI gap sheet. */
    private Path editedExport(java.util.function.Consumer<Sheet> edit) throws Exception {
        Path exported = dir.resolve("report.xlsx");
        XlsxExporter.export(StartupData.readSample(), Frameworks.catalog()::find, exported);
        Path edited = dir.resolve("report-edited.xlsx");
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            edit.accept(edits.sheet(GAP_SHEET));
        }
        return edited;
    }

    /** Starts the import as the menu item does; the dialog stays open for the robot. */
    private void startImport(Path file) {
        DialogService dialogs = new FxDialogService(stage) {
            @Override
            public Optional<Path> chooseOpenFile(String title, Path folder, String description, String... patterns) {
                return Optional.of(file);
            }
        };
        GapImportViewModel vm = new GapImportViewModel(
                new javafx.beans.property.SimpleObjectProperty<>(session),
                () -> dialogs,
                com.cxworkbook.ui.task.TaskExecutor.inline(),
                review -> dialogs.showDialog(new GapImportDialog(review)).orElse(GapImportChoice.CANCEL));
        Platform.runLater(vm::importGaps);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertBlank(String text) {
        assertTrue(text == null || text.isEmpty(), text);
    }

    private static String cell(FxRobot robot, String id) {
        Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
        if (labeled.getText() == null && labeled.getGraphic() instanceof javafx.scene.text.Text wrapped) {
            return wrapped.getText();
        }
        return labeled.getText();
    }

    @Test
    void reviewShowsOldAndNewPerRowAndApplyIsOneUndoStep(FxRobot robot) throws Exception {
        Path edited = editedExport(sheet -> {
            GapSheetEdits.set(sheet, ALIGNMENT, "Status", "Done");
            GapSheetEdits.set(sheet, GOALS, "Owner", "Elena Petrova");
        });
        assertBlank(cell(robot, "#status-" + ALIGNMENT));
        startImport(edited);

        TableView<GapChange> changes = robot.lookup("#gapImportChanges").queryTableView();
        assertEquals(2, changes.getItems().size());
        assertEquals(
                "Status: (empty) → Done",
                changes.getItems().stream()
                        .filter(c -> c.itemId().equals(ALIGNMENT))
                        .findFirst()
                        .orElseThrow()
                        .describe());
        assertTrue(robot.lookup("#gapImportDialog .header-panel .label")
                .queryAs(Labeled.class)
                .getText()
                .startsWith("2 changes in 2 activities from report-edited.xlsx"));
        assertEquals(
                "Apply 2 changes",
                robot.lookup("#applyImportButton").queryButton().getText());
        robot.clickOn("#applyImportButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Done", cell(robot, "#status-" + ALIGNMENT), "the worksheet on screen shows the import");
        assertEquals("Elena Petrova", cell(robot, "#owner-" + GOALS));
        assertEquals(
                "Undo import of report-edited.xlsx",
                session.history().undoTextProperty().get());
        robot.interact(() -> session.history().undo());
        assertBlank(cell(robot, "#status-" + ALIGNMENT));
        assertTrue(cell(robot, "#owner-" + GOALS) == null
                || cell(robot, "#owner-" + GOALS).isEmpty());
    }

    @Test
    void aClosedRoundsSheetIsListedWithTheMenuThatReopensIt(FxRobot robot) throws Exception {
        Path edited = editedExport(sheet -> GapSheetEdits.set(sheet, GOALS, "Owner", "Elena Petrova"));
        session.assessments().get(0).assessment().setClosed(true);
        startImport(edited);

        ListView<String> problems = robot.lookup("#gapImportProblems").queryListView();
        assertEquals(
                List.of("Sheet '" + GAP_SHEET + "': the sheet is of a closed round (a follow-up has started and holds"
                        + " its open actions); reopen the round to import into it. Use Workbook › Reopen round."),
                problems.getItems());
        assertTrue(robot.lookup("#applyImportButton").queryButton().isDisabled(), "nothing else to apply");
        robot.clickOn("#cancelImportButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void problemsAreListedAndOnlyTheValidRowsCanBeApplied(FxRobot robot) throws Exception {
        Path edited = editedExport(sheet -> {
            GapSheetEdits.set(sheet, ALIGNMENT, "Status", "Finished");
            GapSheetEdits.set(sheet, GOALS, "Owner", "Elena Petrova");
        });
        startImport(edited);

        ListView<String> problems = robot.lookup("#gapImportProblems").queryListView();
        assertEquals(1, problems.getItems().size());
        assertTrue(
                problems.getItems()
                        .get(0)
                        .matches("Sheet 'Gap ICMI self-assessment', row \\d+, column Status: "
                                + "\"Finished\" is not one of the list: Not started, In progress, Done\\."),
                problems.getItems().get(0));
        Button apply = robot.lookup("#applyImportButton").queryButton();
        assertEquals("Apply the valid rows (1)", apply.getText());
        robot.clickOn("#cancelImportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertBlank(cell(robot, "#status-" + ALIGNMENT));
        assertTrue(
                cell(robot, "#owner-" + GOALS) == null
                        || cell(robot, "#owner-" + GOALS).isEmpty(),
                "cancel applies nothing");

        startImport(edited);
        robot.clickOn("#applyImportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Elena Petrova", cell(robot, "#owner-" + GOALS), "the valid row was applied");
        assertBlank(cell(robot, "#status-" + ALIGNMENT));
    }
}
