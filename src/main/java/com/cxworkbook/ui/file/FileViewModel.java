package com.cxworkbook.ui.file;

import com.cxworkbook.domain.FrameworkCheck;
import com.cxworkbook.domain.FrameworkNotice;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.Settings;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The File menu's logic: new, open, save, save as, recent files, the unsaved-changes question, autosave
 * to the recovery file and the offer to restore it. Every file access runs through {@link Background}; the
 * workbook is turned into bytes on the FX thread first (milliseconds) so the background never reads a
 * model that the user is still editing.
 */
public class FileViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final MainViewModel main;
    private final DialogService dialogs;
    private final Background background;
    private final WorkbookStore store = new WorkbookStore();
    private final SettingsStore settingsStore;
    private final RecoveryStore recovery;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(Settings.defaults());
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RecoveryOffer> recoveryOffer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.INFO);
    /** Clears a "saved"/"autosaved" message once the workbook changes again: it no longer holds then. */
    private final javafx.beans.value.ChangeListener<Number> onEdit = (obs, old, revision) -> {
        if (statusKind.get().staleAfterEdit()) {
            say(StatusKind.INFO, "");
        }
    };
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long autosavedRevision = Long.MIN_VALUE;
    private Found pendingRecovery;

    private record Opened(Workbook workbook, List<FrameworkNotice> notices) {
    }

    private record Found(RecoveryStore.Recovery recovery, Workbook workbook) {
    }

    public FileViewModel(MainViewModel main, DialogService dialogs, Background background, Path home, Clock clock) {
        this(main, dialogs, background, new SettingsStore(home), new RecoveryStore(home), clock);
    }

    public FileViewModel(MainViewModel main, DialogService dialogs, Background background, SettingsStore settingsStore,
                  RecoveryStore recovery, Clock clock) {
        this.main = main;
        this.dialogs = dialogs;
        this.background = background;
        this.settingsStore = settingsStore;
        this.recovery = recovery;
        this.clock = clock;
        settings.addListener((obs, old, now) ->
                recentFiles.setAll(now.recentFiles().stream().map(Path::of).toList()));
        main.sessionProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.history().revisionProperty().removeListener(onEdit);
            }
            if (now != null) {
                now.history().revisionProperty().addListener(onEdit);
            }
        });
        if (main.sessionProperty().get() != null) {
            main.sessionProperty().get().history().revisionProperty().addListener(onEdit);
        }
        main.projectorModeProperty().addListener((obs, was, on) -> {
            if (settings.get().projectorMode() != on) {
                changeSettings(settings.get().withProjectorMode(on));
            }
        });
    }

    /** Settings read at start-up (in the background, with the catalog). */
    public void useSettings(Settings loaded) {
        settings.set(loaded);
        main.projectorModeProperty().set(loaded.projectorMode());
    }

    /** Tells the view-model which file the start-up workbook came from (null for the sample). */
    public void startedWith(Path file) {
        WorkbookSession session = session();
        if (session != null && file != null) {
            session.fileProperty().set(file);
            remember(file);
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
        background.run(() -> {
            Workbook workbook = store.read(file);
            return new Opened(workbook, FrameworkCheck.check(workbook, main.catalog()::find));
        }, opened -> {
            busy.set(false);
            replaceWith(opened.workbook(), file.getFileName().toString(), file);
            remember(file);
            say(StatusKind.SUCCESS, "Opened " + file.getFileName());
            if (!opened.notices().isEmpty()) {
                dialogs.showInformation("Opened " + file.getFileName() + " with changes to note", describe(opened.notices()));
            }
        }, error -> {
            busy.set(false);
            if (error instanceof WorkbookReadException unreadable) {
                if (unreadable.kind() == WorkbookReadException.Kind.NOT_FOUND) {
                    changeSettings(settings.get().withoutRecent(file.toAbsolutePath().toString()));
                }
                dialogs.showError("Could not open " + unreadable.fileName(), unreadable.getMessage());
            } else {
                dialogs.showError("Could not open " + file.getFileName(), String.valueOf(error.getMessage()));
            }
        });
    }

    /** One line per framework notice, for a dialog or the status line. */
    public static String describe(List<FrameworkNotice> notices) {
        return notices.stream().map(FrameworkNotice::message).collect(Collectors.joining("\n"));
    }

    private void replaceWith(Workbook workbook, String name, Path file) {
        main.openWorkbook(workbook, name);
        session().fileProperty().set(file);
        autosavedRevision = Long.MIN_VALUE;
        pendingRecovery = null;
        recoveryOffer.set(null);
        // Whatever the recovery file held belonged to the workbook just closed, saved or deliberately not.
        background.run(() -> {
            recovery.clear();
            return null;
        }, ok -> { }, error -> { });
    }

    // ---- save ----

    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    /** Saves, then runs {@code afterSaved}; it does not run when the save is cancelled or fails. */
    private void save(Runnable afterSaved) {
        WorkbookSession session = session();
        if (session == null) {
            return;
        }
        if (session.file() == null) {
            saveAs(afterSaved);
        } else {
            writeTo(session, session.file(), afterSaved);
        }
    }

    private void saveAs(Runnable afterSaved) {
        WorkbookSession session = session();
        if (session == null) {
            return;
        }
        dialogs.chooseWorkbookToSave(choosersFolder(), suggestedName(session))
                .map(FileViewModel::withExtension)
                .ifPresent(target -> writeTo(session, target, afterSaved));
    }

    private void writeTo(WorkbookSession session, Path target, Runnable afterSaved) {
        byte[] bytes;
        try {
            bytes = store.toBytes(session.workbook());
        } catch (IOException e) {
            dialogs.showError("Could not save " + target.getFileName(), WorkbookStore.describeWriteFailure(target, e));
            return;
        }
        long revision = session.history().revisionProperty().get();
        busy.set(true);
        background.run(() -> {
            store.writeBytes(bytes, target);
            recovery.clear();
            return null;
        }, ok -> {
            busy.set(false);
            session.markSaved(revision);
            session.fileProperty().set(target);
            autosavedRevision = Long.MIN_VALUE;
            remember(target);
            say(StatusKind.SUCCESS, "Saved " + target.getFileName() + " at " + TIME.format(ZonedDateTime.now(clock)));
            afterSaved.run();
        }, error -> {
            busy.set(false);
            String message = error instanceof IOException io ? WorkbookStore.describeWriteFailure(target, io)
                    : target.getFileName() + " could not be saved: " + error.getMessage();
            dialogs.showError("Could not save " + target.getFileName(), message);
        });
    }

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(WorkbookStore.EXTENSION) ? file
                : file.resolveSibling(name + WorkbookStore.EXTENSION);
    }

    private static String suggestedName(WorkbookSession session) {
        String client = session.workbook().getClient();
        String base = client == null || client.isBlank() ? "workbook" : client.strip();
        if (session.workbook().getDate() != null) {
            base += " " + session.workbook().getDate();
        }
        return base.replaceAll("[\\\\/:*?\"<>|]", "-") + WorkbookStore.EXTENSION;
    }

    // ---- unsaved changes ----

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
            case CANCEL -> { }
        }
    }

    /** The window is closing: ask about unsaved changes, remove the recovery file, then {@code exit}. */
    public void requestClose(Runnable exit) {
        confirmDiscard(() -> background.run(() -> {
            recovery.clear();
            return null;
        }, ok -> exit.run(), error -> exit.run()));
    }

    // ---- details ----

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

    /** Copies unsaved work to the recovery file; does nothing when there is nothing new since the last copy. */
    public void autosave() {
        WorkbookSession session = session();
        if (session == null || !session.isDirty()) {
            return;
        }
        long revision = session.history().revisionProperty().get();
        if (revision == autosavedRevision) {
            return;
        }
        byte[] bytes;
        try {
            bytes = store.toBytes(session.workbook());
        } catch (IOException e) {
            say(StatusKind.ERROR, "Autosave failed: " + e.getMessage());
            return;
        }
        autosavedRevision = revision;
        Instant now = clock.instant();
        Path file = session.file();
        String name = session.name();
        background.run(() -> {
            recovery.save(bytes, file, name, now);
            return null;
        }, ok -> say(StatusKind.INFO, "Autosaved at " + TIME.format(now.atZone(clock.getZone()))), error -> {
            autosavedRevision = Long.MIN_VALUE;
            say(StatusKind.ERROR, "Autosave failed: " + error.getMessage() + ". Save your work with File › Save.");
        });
    }

    /** Looks for work left by a session that did not exit cleanly and, if there is some, offers it. */
    public void checkForRecovery() {
        background.run(() -> {
            Optional<RecoveryStore.Recovery> found = recovery.find();
            if (found.isEmpty()) {
                return null;
            }
            Workbook workbook = store.read(found.get().workbookFile());
            FrameworkCheck.check(workbook, main.catalog()::find);
            return new Found(found.get(), workbook);
        }, found -> {
            pendingRecovery = found;
            recoveryOffer.set(found == null ? null : new RecoveryOffer(offerText(found)));
        }, error -> say(StatusKind.WARNING, "A recovery file was found but could not be read (" + error.getMessage()
                + "); it is kept at " + recovery.workbookFile() + "."));
    }

    private String offerText(Found found) {
        Workbook workbook = found.workbook();
        RecoveryStore.Info info = found.recovery().info();
        String what = workbook.getClient() == null ? "an unnamed workbook" : "“" + workbook.getClient() + "”";
        if (info.workbookName() != null) {
            what += " (" + info.workbookName() + ")";
        }
        int ratings = workbook.getAssessments().stream().mapToInt(a -> a.getRatings().size()).sum();
        String when = info.savedAt() == null ? "at an unknown time" : WHEN.format(info.savedAt().atZone(clock.getZone()));
        return "Unsaved work from a session that did not close properly: " + what + ", "
                + count(workbook.getAssessments().size(), "assessment") + ", " + count(ratings, "rating")
                + ", autosaved " + when + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Opens the recovered work as unsaved changes to its original file (or as a new workbook). */
    public void restoreRecovery() {
        Found found = pendingRecovery;
        if (found == null) {
            return;
        }
        confirmDiscard(() -> {
            String source = found.recovery().info().sourceFile();
            Path file = source == null ? null : Path.of(source);
            String name = found.recovery().info().workbookName() == null ? "Recovered workbook"
                    : found.recovery().info().workbookName();
            main.openWorkbook(found.workbook(), name);
            session().fileProperty().set(file);
            session().markUnsaved();
            autosavedRevision = Long.MIN_VALUE;
            pendingRecovery = null;
            recoveryOffer.set(null);
            say(StatusKind.WARNING, "Restored unsaved work; save it to keep it.");
        });
    }

    /** The user does not want the recovered work: remove it. */
    public void discardRecovery() {
        pendingRecovery = null;
        recoveryOffer.set(null);
        background.run(() -> {
            recovery.clear();
            return null;
        }, ok -> say(StatusKind.INFO, "Recovered work discarded."), error -> say(StatusKind.WARNING, "Could not remove the recovery file: "
                + error.getMessage()));
    }

    // ---- settings ----

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        changeSettings(settings.get().withRecent(absolute.toString())
                .withLastFolder(folder == null ? null : folder.toString()));
    }

    /** Changes settings and writes them in the background; a failure only costs the convenience. */
    public void changeSettings(Settings changed) {
        settings.set(changed);
        background.run(() -> {
            settingsStore.save(changed);
            return null;
        }, ok -> { }, error -> say(StatusKind.WARNING, "Settings could not be saved: " + error.getMessage()));
    }

    /** Where Open and Save As start: the open workbook's folder, else the last folder used. */
    Path choosersFolder() {
        WorkbookSession session = session();
        if (session != null && session.file() != null && session.file().toAbsolutePath().getParent() != null) {
            return session.file().toAbsolutePath().getParent();
        }
        return lastFolder();
    }

    private Path lastFolder() {
        String folder = settings.get().lastFolder();
        return folder == null ? null : Path.of(folder);
    }

    private WorkbookSession session() {
        return main.sessionProperty().get();
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() { return settings.getReadOnlyProperty(); }
    public ObservableList<Path> recentFiles() { return FXCollections.unmodifiableObservableList(recentFiles); }
    public ReadOnlyObjectProperty<RecoveryOffer> recoveryOfferProperty() { return recoveryOffer.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return statusKind.getReadOnlyProperty(); }

    private void say(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Shows a start-up message (e.g. the last workbook could not be reopened) in the file status line. */
    public void tell(String message) { say(StatusKind.WARNING, message); }
}
