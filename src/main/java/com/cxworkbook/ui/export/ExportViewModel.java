package com.cxworkbook.ui.export;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.ExportException;
import com.cxworkbook.export.ExportMonitor;
import com.cxworkbook.export.ExportResult;
import com.cxworkbook.export.PaperSize;
import com.cxworkbook.export.PdfExporter;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.task.BackgroundTask;
import com.cxworkbook.ui.task.TaskExecutor;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * File → Export to Excel (or Export summary (PDF)): asks where, snapshots the workbook, exports and checks it on a background thread
 * with progress and cancel, then offers to open the file. A target that cannot be written (read-only,
 * open in Excel) is explained and the user can pick another name. Progress and cancel are the
 * {@link BackgroundTask}'s (a javafx.concurrent.Task's in the app). Holds no Nodes; tested without JavaFX
 * running through {@link TaskExecutor#inline()}.
 */
public class ExportViewModel {

    static final String OPEN_FILE = "Open the file";
    static final String OPEN_FOLDER = "Open the folder";
    static final String CLOSE = "Close";
    static final String OTHER_NAME = "Choose another name…";
    static final String CANCEL = "Cancel";

    private final ObservableValue<WorkbookSession> session;
    private final Supplier<DialogService> dialogs;
    private final TaskExecutor tasks;
    private final FileOpener opener;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canExport;
    private BackgroundTask<ExportResult> running;
    private Path lastFolder;
    private Format format = Format.XLSX;

    /** What File → Export writes: the full Excel workbook, or the one-page PDF summary for the client. */
    public enum Format {
        XLSX("Export to Excel", "Excel workbook (*.xlsx)", ".xlsx"),
        PDF("Export summary (PDF)", "PDF summary (*.pdf)", ".pdf");

        final String title;
        final String description;
        final String extension;

        Format(String title, String description, String extension) {
            this.title = title;
            this.description = description;
            this.extension = extension;
        }
    }

    /**
     * @param session the open workbook (null when none)
     * @param tasks   runs the export and opening the file ({@link TaskExecutor#parallel} in the app)
     */
    public ExportViewModel(
            ObservableValue<WorkbookSession> session,
            Supplier<DialogService> dialogs,
            TaskExecutor tasks,
            FileOpener opener) {
        this.session = session;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.opener = opener;
        canExport =
                Bindings.createBooleanBinding(() -> session.getValue() != null && !exporting.get(), session, exporting);
    }

    /** Asks for a file name and starts the Excel export; does nothing when no workbook is open or one is running. */
    public void export() {
        export(Format.XLSX);
    }

    /** The same for the one-page PDF summary (paper size from the locale). */
    public void exportSummary() {
        export(Format.PDF);
    }

    public void export(Format chosen) {
        WorkbookSession current = session.getValue();
        if (current == null || exporting.get()) {
            return;
        }
        format = chosen;
        if (chosen == Format.XLSX) {
            try {
                // refused before the file dialog: no name to pick for an export that cannot be made
                XlsxExporter.checkFits(current.workbook(), current.catalog()::find);
            } catch (ExportException e) {
                dialogs.get().showError(format.title, e.getMessage());
                return;
            }
        }
        byte[] snapshot;
        try {
            // a copy taken here, on the thread that owns the model, so edits during the export cannot tear it
            snapshot = new WorkbookStore().toBytes(current.workbook());
        } catch (IOException e) {
            dialogs.get().showError(format.title, "The workbook could not be prepared for export: " + e.getMessage());
            return;
        }
        askAndExport(current, snapshot, ExportFileNames.suggestedName(current.workbook(), format));
    }

    public void cancel() {
        if (exporting.get() && running != null) {
            status.set("Cancelling…");
            running.cancel();
        }
    }

    private void askAndExport(WorkbookSession current, byte[] snapshot, String suggestedName) {
        // the first export of a saved workbook goes beside it; after that, where the last export went
        Path folder = lastFolder != null
                ? lastFolder
                : current.file() == null
                        ? null
                        : current.file().toAbsolutePath().getParent();
        Optional<Path> chosen = dialogs.get()
                .chooseSaveFile(format.title, folder, suggestedName, format.description, "*" + format.extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = ExportFileNames.withExtension(chosen.get().toAbsolutePath(), format);
        lastFolder = target.getParent();
        Format writing = format;
        PaperSize paper = PaperSize.forLocale(Locale.getDefault(Locale.Category.FORMAT));
        XlsxExporter xlsx = new XlsxExporter(current.catalog()::find);
        PdfExporter pdf = new PdfExporter(current.catalog()::find, paper);
        BackgroundTask<ExportResult> task = BackgroundTask.of("export", p -> {
            Workbook copy = new WorkbookStore().parse("the open workbook", snapshot);
            return writing == Format.PDF ? pdf.export(copy, target, monitor(p)) : xlsx.export(copy, target, monitor(p));
        });
        task.onSuccess(this::succeeded)
                .onFailure(e -> failed(
                        current,
                        snapshot,
                        target,
                        e instanceof ExportException export
                                ? export
                                : new ExportException(
                                        ExportException.Kind.WRITE,
                                        "The export failed unexpectedly: " + e.getMessage(),
                                        e)))
                .onCancelled(() -> failed(
                        current,
                        snapshot,
                        target,
                        new ExportException(ExportException.Kind.CANCELLED, "cancelled", null)));
        running = task;
        exporting.set(true);
        progress.bind(task.progressProperty());
        status.set("Exporting to " + target.getFileName() + "…");
        task.messageProperty().addListener((obs, old, step) -> {
            if (running == task && exporting.get() && step != null && !step.isEmpty()) {
                status.set(step + "…");
            }
        });
        tasks.execute(task);
    }

    /** The export layer knows no JavaFX: it reports through this adapter to the task's own progress and cancel. */
    private static ExportMonitor monitor(BackgroundTask.Progress progress) {
        return new ExportMonitor() {
            @Override
            public void progress(int done, int total, String step) {
                progress.update(done, total, step);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private void finish(double finalProgress) {
        running = null;
        exporting.set(false);
        progress.unbind();
        progress.set(finalProgress);
    }

    private void succeeded(ExportResult result) {
        finish(1);
        lastExport.set(result.file());
        status.set("Exported " + result.file().getFileName());
        String message = "Exported to " + result.file() + ".\nRead back and checked: "
                + (format == Format.PDF
                        ? "one page, text readable."
                        : result.sheets().size() + " sheets, " + result.check().checks() + " values.");
        dialogs.get()
                .choose("Exported", message, List.of(OPEN_FILE, OPEN_FOLDER, CLOSE), s -> s)
                .ifPresent(choice -> {
                    if (OPEN_FILE.equals(choice)) {
                        open(result.file());
                    } else if (OPEN_FOLDER.equals(choice)) {
                        open(result.file().getParent());
                    }
                });
    }

    private void failed(WorkbookSession current, byte[] snapshot, Path target, ExportException e) {
        finish(0);
        switch (e.kind()) {
            case CANCELLED -> status.set("Export cancelled; no file was written.");
            case TARGET -> {
                status.set("Not exported: " + target.getFileName() + " cannot be written.");
                Optional<String> next =
                        dialogs.get().choose("Cannot save there", e.getMessage(), List.of(OTHER_NAME, CANCEL), s -> s);
                if (next.isPresent() && OTHER_NAME.equals(next.get())) {
                    askAndExport(current, snapshot, ExportFileNames.otherName(target));
                }
            }
            default -> {
                status.set("Not exported.");
                dialogs.get().showError(format.title, e.getMessage());
            }
        }
    }

    private void open(Path path) {
        tasks.execute(BackgroundTask.<Void>of("open " + path.getFileName(), p -> {
                    opener.open(path);
                    return null;
                })
                .onFailure(e -> dialogs.get()
                        .showInformation(
                                "Open it yourself",
                                "The app could not open it here (" + e.getMessage() + "). It is at:\n" + path)));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
