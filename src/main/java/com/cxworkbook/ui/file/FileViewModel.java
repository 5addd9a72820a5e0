package com.cxworkbook.ui.file;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.Settings;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookLock;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The File menu's commands: new, open, save, save as, the unsaved-changes question, the lock that tells
 * when a workbook is open elsewhere and the check, before every save, that nobody changed the file since
 * it was read. Saving is {@link WorkbookSaver}, autosave and recovery {@link RecoveryKeeper}, recent files
 * and settings {@link RecentFiles}, the changed-on-disk question {@link SaveConflict}, the status line
 * {@link FileStatus}. Every file access runs through
 * {@link Background}; the workbook is turned into bytes on the FX thread first (milliseconds) so the
 * background never reads a model that the user is still editing.
 */
public class FileViewModel {

    private final MainViewModel main;
    private final DialogService dialogs;
    private final Background background;
    private final WorkbookStore store = new WorkbookStore();
    private final OpenFile openFile;
    private final RecentFiles recent;
    private final RecoveryKeeper recovery;
    private final FileStatus status;
    private final WorkbookSaver saver;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private record Opened(Workbook workbook, List<String> notices, OpenFile.Seen seen) {}

    public FileViewModel(MainViewModel main, DialogService dialogs, Background background, Path home, Clock clock) {
        this(main, dialogs, background, new SettingsStore(home), new RecoveryStore(home), new WorkbookLock(), clock);
    }

    public FileViewModel(
            MainViewModel main,
            DialogService dialogs,
            Background background,
            SettingsStore settingsStore,
            RecoveryStore recoveryStore,
            Clock clock) {
        this(main, dialogs, background, settingsStore, recoveryStore, new WorkbookLock(), clock);
    }

    public FileViewModel(
            MainViewModel main,
            DialogService dialogs,
            Background background,
            SettingsStore settingsStore,
            RecoveryStore recoveryStore,
            WorkbookLock lock,
            Clock clock) {
        this.main = main;
        this.dialogs = dialogs;
        this.background = background;
        this.openFile = new OpenFile(background, lock, dialogs, clock, this::say);
        this.recent = new RecentFiles(background, settingsStore, this::say);
        this.recovery = new RecoveryKeeper(main, background, store, recoveryStore, clock, this::say);
        // after the keepers, as before: its listener on the history runs after theirs
        this.status = new FileStatus(main);
        this.saver = new WorkbookSaver(
                dialogs,
                background,
                store,
                openFile,
                recovery,
                recent,
                clock,
                this::say,
                busy,
                this::choosersFolder,
                this::openFile);
    }

    /**
     * Settings read at start-up (in the background, with the catalog). The room view is not among them: it
     * is full screen, and an app that opens full screen because it was closed in the room view surprises
     * whoever starts it next, on whatever screen (a settings file that still says so is ignored).
     */
    public void useSettings(Settings loaded) {
        recent.use(loaded);
    }

    /** Tells the view-model which file the start-up workbook came from (null for the sample). */
    public void startedWith(Path file) {
        WorkbookSession session = session();
        if (session != null && file != null) {
            session.fileProperty().set(file);
            recent.remember(file);
            openFile.follow(file);
        }
    }

    // ---- new / open ----

    public void newWorkbook() {
        confirmDiscard(() -> replaceWith(new Workbook(), "Untitled", null));
    }

    public void open() {
        confirmDiscard(() -> dialogs.chooseWorkbookToOpen(choosersFolder()).ifPresent(this::openFile));
    }

    public void openRecent(Path file) {
        confirmDiscard(() -> openFile(file));
    }

    /** Opens a file without asking about unsaved changes; callers ask first. */
    void openFile(Path file) {
        busy.set(true);
        background.run(
                () -> {
                    OpenFile.Seen before = openFile.look(file); // stamp first: a change while reading is caught at save
                    Workbook workbook = store.read(file);
                    return new Opened(workbook, OpenFile.notices(workbook, main), before);
                },
                opened -> {
                    busy.set(false);
                    replaceWith(opened.workbook(), file.getFileName().toString(), file);
                    openFile.adopt(file, opened.seen());
                    recent.remember(file);
                    say(StatusKind.SUCCESS, "Opened " + file.getFileName());
                    if (!opened.notices().isEmpty()) {
                        dialogs.showInformation(
                                "Opened " + file.getFileName() + " with changes to note",
                                String.join("\n", opened.notices()));
                    }
                },
                error -> {
                    busy.set(false);
                    if (error instanceof WorkbookReadException unreadable) {
                        if (unreadable.kind() == WorkbookReadException.Kind.NOT_FOUND) {
                            recent.forget(file);
                        }
                        dialogs.showError(
                                "Could not open " + unreadable.fileName(), FileMessages.openFailed(unreadable));
                    } else {
                        dialogs.showError(
                                "Could not open " + file.getFileName(),
                                file.getFileName() + " could not be opened: " + FileMessages.reason(error) + ".");
                    }
                });
    }

    private void replaceWith(Workbook workbook, String name, Path file) {
        openFile.release();
        main.openWorkbook(workbook, name);
        session().fileProperty().set(file);
        // Whatever this instance's recovery copy held belonged to the workbook just closed, saved or deliberately not.
        recovery.forgetOwnCopy(() -> {});
    }

    // ---- save ----

    public void save() {
        save(() -> {});
    }

    public void saveAs() {
        saveAs(() -> {});
    }

    /** Saves, then runs {@code afterSaved}; it does not run when the save is cancelled or fails. */
    private void save(Runnable afterSaved) {
        saver.save(session(), afterSaved);
    }

    private void saveAs(Runnable afterSaved) {
        saver.saveAs(session(), afterSaved);
    }

    // ---- unsaved changes, closing ----

    /**
     * Runs {@code proceed} once unsaved changes are dealt with: saved (and the save succeeded), deliberately
     * dropped, or there were none. Cancel, a cancelled chooser or a failed save stop here.
     */
    public void confirmDiscard(Runnable proceed) {
        WorkbookSession session = session();
        if (session == null || !session.isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askSaveChanges(session.name())) {
            case SAVE -> save(proceed);
            case DONT_SAVE -> proceed.run();
            case CANCEL -> {}
        }
    }

    /** The window is closing: ask about unsaved changes, remove this instance's recovery copy and lock, then exit. */
    public void requestClose(Runnable exit) {
        confirmDiscard(() -> {
            openFile.release();
            recovery.forgetOwnCopy(exit);
        });
    }

    /** Applies what {@code ask} (the details dialog, in the app) returns for the current details, as one undo step. */
    public void editDetails(Function<WorkbookDetails, Optional<WorkbookDetails>> ask) {
        WorkbookSession session = session();
        if (session != null) {
            ask.apply(WorkbookDetails.of(session.workbook())).ifPresent(session::editDetails);
        }
    }

    /** The dialogs this view-model asks through, for the views that show its dialogs. */
    public DialogService dialogs() {
        return dialogs;
    }

    // ---- autosave and recovery ----

    public void autosave() {
        recovery.autosave();
    }

    public void checkForRecovery() {
        recovery.check();
    }

    /** Opens the recovered work as unsaved changes to its original file (or as a new workbook). */
    public void restoreRecovery() {
        if (recovery.offerProperty().get() != null) {
            confirmDiscard(() -> recovery.restore(openFile, dialogs));
        }
    }

    public void discardRecovery() {
        recovery.discard();
    }

    // ---- settings ----

    /** Changes settings and writes them in the background; a failure only costs the convenience. */
    public void changeSettings(Settings changed) {
        recent.change(changed);
    }

    /** Where Open and Save As start: the open workbook's folder, else the last folder used. */
    Path choosersFolder() {
        WorkbookSession session = session();
        if (session != null
                && session.file() != null
                && session.file().toAbsolutePath().getParent() != null) {
            return session.file().toAbsolutePath().getParent();
        }
        return recent.lastFolder();
    }

    private WorkbookSession session() {
        return main.sessionProperty().get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return recent.property();
    }

    public ObservableList<Path> recentFiles() {
        return recent.list();
    }

    public ReadOnlyObjectProperty<RecoveryOffer> recoveryOfferProperty() {
        return recovery.offerProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.textProperty();
    }

    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() {
        return status.kindProperty();
    }

    private void say(StatusKind kind, String text) {
        status.say(kind, text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
    /** Shows what another part of the window did (e.g. an assessment was deleted) in the status line. */
    public void report(StatusKind kind, String message) {
        say(kind, message);
    }

    /** Shows a start-up message (e.g. the last workbook could not be reopened) in the file status line. */
    public void tell(String message) {
        say(StatusKind.WARNING, message);
    }
}
