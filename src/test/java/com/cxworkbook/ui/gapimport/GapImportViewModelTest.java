package com.cxworkbook.ui.gapimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.export.GapImport;
import com.cxworkbook.export.GapSheetEdits;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's flow with a fake dialog service, without the toolkit. */
class GapImportViewModelTest {

    @TempDir
    Path dir;

    private final WorkbookSession session = new WorkbookSession(StartupData.readSample(), Frameworks.catalog());
    private final List<String> said = new ArrayList<>();
    private final List<GapImport> reviewed = new ArrayList<>();
    private GapImportChoice answer = GapImportChoice.CANCEL;

    private void importFile(Path file) {
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                said.add("error: " + message);
            }

            @Override
            public void showInformation(String title, String message) {
                said.add(message);
            }

            @Override
            public Optional<Path> chooseOpenFile(String t, Path f, String d, String... p) {
                return Optional.of(file);
            }
        };
        new GapImportViewModel(
                        new SimpleObjectProperty<>(session),
                        () -> dialogs,
                        com.cxworkbook.ui.task.TaskExecutor.inline(),
                        review -> {
                            reviewed.add(review);
                            return answer;
                        })
                .importGaps();
    }

    private Path export() throws Exception {
        Path exported = dir.resolve("report.xlsx");
        XlsxExporter.export(StartupData.readSample(), Frameworks.catalog()::find, exported);
        return exported;
    }

    @Test
    void anUnchangedFileSaysSoWithoutAReview() throws Exception {
        Path exported = export();
        importFile(exported);
        assertEquals(List.of(), reviewed);
        assertEquals(1, said.size());
        assertTrue(
                said.get(0).startsWith("No changes: the workbook already holds everything in report.xlsx"),
                said.get(0));
        assertTrue(Files.exists(exported));
    }

    @Test
    void aRejectedFileIsAnErrorAndNeverReviewed() throws Exception {
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "not a spreadsheet");
        importFile(text);
        assertEquals(List.of(), reviewed);
        assertTrue(
                said.get(0).startsWith("error: Nothing was imported. notes.xlsx is not an Excel workbook"),
                said.get(0));
    }

    @Test
    void applyTakesOnlyWhatTheReviewAllows() throws Exception {
        Path edited = dir.resolve("edited.xlsx");
        try (GapSheetEdits edits = GapSheetEdits.open(export(), edited)) {
            GapSheetEdits.set(edits.sheet("Gap ICMI self-assessment"), "omnichannel-tool-system", "Status", "Done");
            GapSheetEdits.set(edits.sheet("Gap ICMI self-assessment"), "routing-tool-system", "Owner", "???");
            GapSheetEdits.set(edits.sheet("Gap ICMI self-assessment"), "routing-tool-system", "Priority", "Urgent");
        }
        answer = GapImportChoice.APPLY; // "apply all" is not offered for a file with problems
        importFile(edited);
        assertEquals(1, reviewed.size());
        var assessment = session.workbook().getAssessments().get(0);
        assertEquals(
                GapStatus.NOT_STARTED,
                GapWorksheet.row(assessment, "omnichannel-tool-system").getStatus());

        answer = GapImportChoice.APPLY_VALID_ROWS;
        importFile(edited);
        assertEquals(
                GapStatus.DONE,
                GapWorksheet.row(assessment, "omnichannel-tool-system").getStatus());
        assertTrue(session.isDirty());
        session.history().undo();
        assertEquals(
                GapStatus.NOT_STARTED,
                GapWorksheet.row(assessment, "omnichannel-tool-system").getStatus());
        session.history().redo();
        assertEquals(
                GapStatus.DONE,
                GapWorksheet.row(assessment, "omnichannel-tool-system").getStatus());
        assertTrue(
                !"???"
                        .equals(GapWorksheet.row(assessment, "routing-tool-system")
                                .getOwner()),
                "the row with a problem is not taken");
    }
}
