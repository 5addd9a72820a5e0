package com.cxworkbook.ui.file;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.FileStamp;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;

/**
 * Save and Save As: the workbook is turned into bytes on the FX thread, then written in the background
 * after checking that nobody changed the file since it was read or last saved here (else the user is asked:
 * {@link SaveConflict}); on success the history is marked saved, the recovery copy cleared, the lock moved
 * to a new name and the file remembered among the recent ones.
 */
final class WorkbookSaver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final DialogService dialogs;
    private final Background background;
    private final WorkbookStore store;
    private final OpenFile openFile;
    private final RecoveryKeeper recovery;
    private final RecentFiles recent;
    private final Clock clock;
    private final BiConsumer<StatusKind, String> status;
    private final BooleanProperty busy;
    private final Supplier<Path> choosersFolder;
    private final Consumer<Path> reload;

    WorkbookSaver(
            DialogService dialogs,
            Background background,
            WorkbookStore store,
            OpenFile openFile,
            RecoveryKeeper recovery,
            RecentFiles recent,
            Clock clock,
            BiConsumer<StatusKind, String> status,
            BooleanProperty busy,
            Supplier<Path> choosersFolder,
            Consumer<Path> reload) {
        this.dialogs = dialogs;
        this.background = background;
        this.store = store;
        this.openFile = openFile;
        this.recovery = recovery;
        this.recent = recent;
        this.clock = clock;
        this.status = status;
        this.busy = busy;
        this.choosersFolder = choosersFolder;
        this.reload = reload;
    }

    /** Saves, then runs {@code afterSaved}; it does not run when the save is cancelled or fails. */
    void save(WorkbookSession session, Runnable afterSaved) {
        if (session == null) {
            return;
        }
        if (session.file() == null) {
            saveAs(session, afterSaved);
        } else {
            writeTo(session, session.file(), afterSaved, true);
        }
    }

    void saveAs(WorkbookSession session, Runnable afterSaved) {
        if (session == null) {
            return;
        }
        dialogs.chooseWorkbookToSave(choosersFolder.get(), FileNames.suggested(session.workbook()))
                .map(FileNames::withExtension)
                .ifPresent(target -> writeTo(session, target, afterSaved, false));
    }

    /**
     * Writes the workbook; with {@code checkDisk}, first compares the file with what was read or last saved
     * here and, when someone else changed it, asks instead of overwriting.
     */
    private void writeTo(WorkbookSession session, Path target, Runnable afterSaved, boolean checkDisk) {
        byte[] bytes;
        try {
            session.embedFrameworks();
            bytes = store.toBytes(session.workbook());
        } catch (IOException e) {
            dialogs.showError("Could not save " + target.getFileName(), FileMessages.saveFailed(target, e));
            return;
        }
        long revision = session.history().revisionProperty().get();
        FileStamp expected = checkDisk ? openFile.expected(target, session.file()) : null;
        boolean newName = !openFile.isLocked(target);
        Workbook mine = session.workbook();
        busy.set(true);
        background.run(
                () -> {
                    if (expected != null) {
                        FileStamp now = FileStamp.of(target);
                        if (!now.equals(expected)) {
                            return SaveConflict.found(target, now, mine, store);
                        }
                    }
                    store.writeBytes(bytes, target);
                    recovery.clearNow();
                    if (newName) {
                        openFile.lockNew(target);
                    }
                    return FileStamp.of(bytes);
                },
                result -> {
                    busy.set(false);
                    if (result instanceof SaveConflict conflict) {
                        resolve(conflict, session, target, afterSaved);
                        return;
                    }
                    session.markSaved(revision);
                    openFile.saved(target, (FileStamp) result);
                    session.fileProperty().set(target);
                    recovery.reset();
                    recent.remember(target);
                    status.accept(
                            StatusKind.SUCCESS,
                            "Saved " + target.getFileName() + " at " + TIME.format(ZonedDateTime.now(clock)));
                    afterSaved.run();
                },
                error -> {
                    busy.set(false);
                    dialogs.showError("Could not save " + target.getFileName(), FileMessages.saveFailed(target, error));
                });
    }

    private void resolve(SaveConflict conflict, WorkbookSession session, Path target, Runnable afterSaved) {
        switch (conflict.ask(dialogs)) {
            case OVERWRITE -> writeTo(session, target, afterSaved, false);
            case SAVE_COPY -> saveAs(session, afterSaved);
            case RELOAD -> reload.accept(target);
            case CANCEL -> status.accept(
                    StatusKind.WARNING, target.getFileName() + " was not saved: it changed on disk.");
        }
    }
}
