package com.cxworkbook.ui.file;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Autosave and recovery: copies unsaved work to this instance's recovery file, finds copies left by
 * instances that crashed, offers the newest, and restores it (with the framework-change report, as opening
 * a file gives) or discards it. Another running instance's copy is never touched.
 */
final class RecoveryKeeper {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** A recovery copy that was read and is waiting for the user's answer. */
    record Found(RecoveryStore.Recovery recovery, Workbook workbook, List<String> notices) {}

    private final MainViewModel main;
    private final Background background;
    private final WorkbookStore store;
    private final RecoveryStore recovery;
    private final Clock clock;
    private final BiConsumer<StatusKind, String> status;
    private final ReadOnlyObjectWrapper<RecoveryOffer> offer = new ReadOnlyObjectWrapper<>();
    private long autosavedRevision = Long.MIN_VALUE;
    private Found pending;

    RecoveryKeeper(
            MainViewModel main,
            Background background,
            WorkbookStore store,
            RecoveryStore recovery,
            Clock clock,
            BiConsumer<StatusKind, String> status) {
        this.main = main;
        this.background = background;
        this.store = store;
        this.recovery = recovery;
        this.clock = clock;
        this.status = status;
    }

    /** Copies unsaved work to the recovery file; does nothing when there is nothing new since the last copy. */
    void autosave() {
        WorkbookSession session = main.sessionProperty().get();
        if (session == null || !session.isDirty()) {
            return;
        }
        long revision = session.history().revisionProperty().get();
        if (revision == autosavedRevision) {
            return;
        }
        byte[] bytes;
        try {
            session.embedFrameworks();
            bytes = store.toBytes(session.workbook());
        } catch (IOException e) {
            status.accept(
                    StatusKind.ERROR,
                    "Autosave failed: " + FileMessages.reason(e) + ". Save your work with File › Save.");
            return;
        }
        autosavedRevision = revision;
        Instant now = clock.instant();
        Path file = session.file();
        String name = session.name();
        background.run(
                () -> {
                    recovery.save(bytes, file, name, now);
                    return null;
                },
                ok -> status.accept(StatusKind.INFO, "Autosaved at " + TIME.format(now.atZone(clock.getZone()))),
                error -> {
                    autosavedRevision = Long.MIN_VALUE;
                    status.accept(
                            StatusKind.ERROR,
                            "Autosave failed: " + FileMessages.reason(error) + ". Save your work with File › Save.");
                });
    }

    /** The work was saved or deliberately dropped: this instance's copy goes. */
    void forgetOwnCopy(Runnable then) {
        autosavedRevision = Long.MIN_VALUE;
        background.run(
                () -> {
                    recovery.clear();
                    return null;
                },
                ok -> then.run(),
                error -> then.run());
    }

    /** Removes this instance's copy at once; for the background thread, right after a save. */
    void clearNow() throws IOException {
        recovery.clear();
    }

    /** Looks for work left by an instance that did not exit cleanly and, if there is some, offers it. */
    void check() {
        background.run(
                () -> {
                    Optional<RecoveryStore.Recovery> found = recovery.find();
                    if (found.isEmpty()) {
                        return null;
                    }
                    Workbook workbook = store.read(found.get().workbookFile());
                    return new Found(found.get(), workbook, OpenFile.notices(workbook, main));
                },
                found -> {
                    pending = found;
                    offer.set(found == null ? null : new RecoveryOffer(offerText(found)));
                },
                error -> status.accept(
                        StatusKind.WARNING,
                        "A recovery file was found but could not be read (" + FileMessages.reason(error)
                                + "); it is kept in " + recovery.workbookFile().getParent() + "."));
    }

    private String offerText(Found found) {
        Workbook workbook = found.workbook();
        RecoveryStore.Info info = found.recovery().info();
        String what = workbook.getClient() == null ? "an unnamed workbook" : "“" + workbook.getClient() + "”";
        if (info.workbookName() != null) {
            what += " (" + info.workbookName() + ")";
        }
        int ratings = workbook.getAssessments().stream()
                .mapToInt(a -> a.getRatings().size())
                .sum();
        String when = info.savedAt() == null
                ? "at an unknown time"
                : WHEN.format(info.savedAt().atZone(clock.getZone()));
        return "Unsaved work from a session that did not close properly: " + what + ", "
                + count(workbook.getAssessments().size(), "assessment") + ", " + count(ratings, "rating")
                + ", autosaved " + when + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The offered copy, taken off offer; null when there is none. The caller opens it. */
    Found take() {
        Found found = pending;
        pending = null;
        offer.set(null);
        return found;
    }

    /** Opens the offered work as unsaved changes to its original file (or as a new workbook). */
    void restore(OpenFile openFile, DialogService dialogs) {
        Found found = take();
        if (found == null) {
            return;
        }
        String source = found.recovery().info().sourceFile();
        Path file = source == null ? null : Path.of(source);
        String name = found.recovery().info().workbookName() == null
                ? "Recovered workbook"
                : found.recovery().info().workbookName();
        openFile.release();
        main.openWorkbook(found.workbook(), name);
        WorkbookSession session = main.sessionProperty().get();
        session.fileProperty().set(file);
        session.markUnsaved();
        if (file != null) {
            openFile.follow(file); // the file as it is now: a later change elsewhere is caught at save
        }
        reset();
        adopt(found);
        status.accept(StatusKind.INFO, "Restored unsaved work; save it to keep it.");
        if (!found.notices().isEmpty()) {
            dialogs.showInformation("Restored " + name + " with changes to note", String.join("\n", found.notices()));
        }
    }

    /**
     * The restored work is now this instance's: copy it to this instance's own recovery file first, and only
     * then remove the crashed instance's copy, so a second crash in between loses nothing.
     */
    private void adopt(Found found) {
        autosave();
        background.run(
                () -> {
                    recovery.discard(found.recovery());
                    return null;
                },
                ok -> {},
                error -> {});
    }

    /** The user does not want the recovered work: remove that copy. */
    void discard() {
        Found found = take();
        if (found == null) {
            return;
        }
        background.run(
                () -> {
                    recovery.discard(found.recovery());
                    return null;
                },
                ok -> status.accept(StatusKind.INFO, "Recovered work discarded."),
                error -> status.accept(
                        StatusKind.WARNING, "Could not remove the recovery file: " + FileMessages.reason(error)));
    }

    /** Another workbook replaced the open one: an offer still shown stays (it belongs to a crashed session). */
    void reset() {
        autosavedRevision = Long.MIN_VALUE;
    }

    ReadOnlyObjectProperty<RecoveryOffer> offerProperty() {
        return offer.getReadOnlyProperty();
    }
}
