package com.cxworkbook.ui.gapimport;

import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.GapImport;
import com.cxworkbook.export.GapSheetReader;
import com.cxworkbook.export.ImportProblem;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.task.BackgroundTask;
import com.cxworkbook.ui.task.TaskExecutor;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;

/**
 * File → Import gap sheet from Excel: asks for the client's edited export, reads it on a background thread
 * against a snapshot of the workbook, shows the changes and problems for review and applies the chosen
 * changes through the worksheet models as one undoable step. Holds no Nodes; tested with direct executors.
 */
public class GapImportViewModel {

    static final String TITLE = "Import gap sheet from Excel";

    private final ObservableValue<WorkbookSession> session;
    private final Supplier<DialogService> dialogs;
    private final TaskExecutor tasks;
    private final Function<GapImport, GapImportChoice> review;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canImport;
    private Path lastFolder;

    public GapImportViewModel(
            ObservableValue<WorkbookSession> session,
            Supplier<DialogService> dialogs,
            TaskExecutor tasks,
            Function<GapImport, GapImportChoice> review) {
        this.session = session;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.review = review;
        canImport = Bindings.createBooleanBinding(() -> session.getValue() != null && !running.get(), session, running);
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Asks for the file, then reads and reviews it. */
    public void importGaps() {
        WorkbookSession current = session.getValue();
        if (current == null || running.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.get().chooseOpenFile(TITLE, lastFolder, "Excel workbook (*.xlsx)", "*.xlsx");
        chosen.ifPresent(file -> importFrom(current, file.toAbsolutePath()));
    }

    /** Reads {@code file} against the open workbook and reviews what it changes. */
    public void importFrom(WorkbookSession current, Path file) {
        lastFolder = file.getParent();
        byte[] snapshot;
        try {
            // the reader runs off the FX thread, so it compares against a copy, never the live model
            snapshot = new WorkbookStore().toBytes(current.workbook());
        } catch (IOException e) {
            dialogs.get().showError(TITLE, "The workbook could not be prepared for the import: " + e.getMessage());
            return;
        }
        running.set(true);
        tasks.execute(BackgroundTask.<GapImport>of("read " + file.getFileName(), progress -> {
                    Workbook copy = new WorkbookStore().parse("the open workbook", snapshot);
                    return GapSheetReader.read(file, copy, current.catalog()::find);
                })
                .onSuccess(result -> {
                    running.set(false);
                    review(current, result);
                })
                .onFailure(error -> {
                    running.set(false);
                    dialogs.get().showError(TITLE, file.getFileName() + " could not be read: " + error.getMessage());
                }));
    }

    private void review(WorkbookSession current, GapImport result) {
        if (result.rejected()) {
            dialogs.get()
                    .showError(
                            TITLE,
                            "Nothing was imported. "
                                    + result.problems().stream()
                                            .filter(ImportProblem::wholeFile)
                                            .map(problem -> problem.message() + menuHint(problem))
                                            .collect(Collectors.joining(" ")));
            return;
        }
        if (result.changes().isEmpty() && !result.hasProblems()) {
            dialogs.get()
                    .showInformation(
                            TITLE,
                            "No changes: the workbook already holds everything in " + result.fileName() + " ("
                                    + result.rowsRead() + " rows read).");
            return;
        }
        GapImportChoice choice = review.apply(result);
        boolean apply = choice == GapImportChoice.APPLY && !result.hasProblems()
                || choice == GapImportChoice.APPLY_VALID_ROWS && result.canApply();
        if (apply) {
            apply(current, result.fileName(), result.changes());
        }
    }

    /** A problem as the review lists it: where, what, and the menu that fixes it when there is one. */
    static String describe(ImportProblem problem) {
        return problem + menuHint(problem);
    }

    /** The reader leaves menu names to the UI; the one it would name is here. */
    private static String menuHint(ImportProblem problem) {
        return problem.kind() == ImportProblem.Kind.CLOSED_ROUND ? " Use Workbook › Reopen round." : "";
    }

    /** Applies the changes as one undoable edit. */
    static void apply(WorkbookSession session, String fileName, List<GapChange> changes) {
        session.history().group("import of " + fileName, () -> {
            for (GapChange change : changes) {
                set(model(session, change.assessmentId()), change);
            }
        });
    }

    private static AssessmentModel model(WorkbookSession session, String assessmentId) {
        return session.assessments().stream()
                .filter(m -> m.assessment().getId().equals(assessmentId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no open assessment " + assessmentId));
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(AssessmentModel model, GapChange change) {
        model.gaps().set(change.itemId(), (GapField<T>) change.field(), (T) change.after());
    }
}
