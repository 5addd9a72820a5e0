package com.cxworkbook.ui.file;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.domain.WorkbookDifference;
import com.cxworkbook.io.FileStamp;
import com.cxworkbook.persistence.WorkbookLock;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The workbook's file changed on disk since this window read or saved it (another window, another program,
 * a colleague through a synced folder): what changed, and the question the user answers before anything is
 * overwritten.
 */
final class SaveConflict {

    /** The answers; the labels are what the dialog shows. */
    enum Choice {
        OVERWRITE("Overwrite it with my version"),
        SAVE_COPY("Save my version as a copy…"),
        RELOAD("Reload the version on disk (my unsaved changes are dropped)"),
        CANCEL("Cancel");

        final String label;

        Choice(String label) {
            this.label = label;
        }
    }

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMM 'at' HH:mm", Locale.ENGLISH);

    private final Path file;
    private final String what;

    private SaveConflict(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    /** Runs on the background thread: reads the version on disk to say what differs from {@code mine}. */
    static SaveConflict found(Path file, FileStamp now, Workbook mine, WorkbookStore store) {
        if (now.missing()) {
            return new SaveConflict(file, "it was deleted, moved or renamed since you opened it");
        }
        String what = "it was changed since you opened it, by another window, another program or a colleague";
        try {
            String difference = WorkbookDifference.describe(mine, store.read(file));
            if (!difference.isEmpty()) {
                what += " (compared with yours: " + difference + ")";
            }
        } catch (WorkbookReadException e) {
            what += " (the version on disk cannot be opened: "
                    + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        }
        return new SaveConflict(file, what);
    }

    String message() {
        return file.getFileName() + " on disk is not the version you opened: " + what + ". What should happen?";
    }

    Choice ask(DialogService dialogs) {
        return dialogs.choose(
                        file.getFileName() + " changed on disk",
                        message(),
                        List.of(Choice.OVERWRITE, Choice.SAVE_COPY, Choice.RELOAD),
                        c -> c.label)
                .orElse(Choice.CANCEL);
    }

    /** What to tell someone who opens a workbook that another window or person has open. */
    static String openElsewhere(Path file, WorkbookLock.Holder other, Clock clock) {
        String since = other.since() == null
                ? ""
                : " since " + SINCE.format(other.since().atZone(clock.getZone()));
        String who = other.user() + " on " + other.host();
        boolean old = other.since() != null
                && Duration.between(other.since(), clock.instant()).toHours() >= 24;
        return file.getFileName() + " is also open (" + who + since + "). You can work on it; if the other copy saves"
                + " first, saving here asks before anything is overwritten."
                + (old ? " If that window was closed long ago, the note is left over and can be ignored." : "");
    }
}
