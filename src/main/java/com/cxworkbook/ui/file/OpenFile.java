package com.cxworkbook.ui.file;

import com.cxworkbook.domain.FrameworkCheck;
import com.cxworkbook.domain.FrameworkNotice;
import com.cxworkbook.domain.RatingRangeCheck;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.FileStamp;
import com.cxworkbook.persistence.WorkbookLock;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The file behind the open workbook as this window last saw it: its {@link FileStamp} (to notice changes
 * made elsewhere before a save) and its {@link WorkbookLock} (to tell others, and be told, that it is open).
 * Stamp and lock are taken on the background thread ({@link #look}) and adopted on the FX thread.
 */
final class OpenFile {

    /** What the background found about a file: its content stamp and whether someone else has it open. */
    record Seen(FileStamp stamp, WorkbookLock.Result lock) {}

    private final Background background;
    private final WorkbookLock lock;
    private final DialogService dialogs;
    private final Clock clock;
    private final BiConsumer<StatusKind, String> status;
    private FileStamp stamp;
    private Path locked;

    OpenFile(
            Background background,
            WorkbookLock lock,
            DialogService dialogs,
            Clock clock,
            BiConsumer<StatusKind, String> status) {
        this.background = background;
        this.lock = lock;
        this.dialogs = dialogs;
        this.clock = clock;
        this.status = status;
    }

    /** Background thread: the stamp of {@code file} now, and its lock taken. */
    Seen look(Path file) throws IOException {
        return new Seen(FileStamp.of(file), lock.acquire(file));
    }

    /** FX thread: {@code file} is now the open workbook's file, as {@code seen}; tells if it is open elsewhere. */
    void adopt(Path file, Seen seen) {
        stamp = seen.stamp();
        locked = file;
        WorkbookLock.Holder other = seen.lock().otherHolder();
        if (other != null) {
            dialogs.showInformation(
                    file.getFileName() + " is open elsewhere", SaveConflict.openElsewhere(file, other, clock));
        } else if (seen.lock().staleRemoved()) {
            status.accept(
                    StatusKind.INFO,
                    "Opened " + file.getFileName() + " (a lock left by a window that crashed was cleared)");
        }
    }

    /** Looks at and adopts {@code file} in one go (start-up, restored work). */
    void follow(Path file) {
        background.run(() -> look(file), seen -> adopt(file, seen), error -> {});
    }

    /** What {@code target} must still hold for a save to go ahead without asking; null: do not check. */
    FileStamp expected(Path target, Path sessionFile) {
        return target.equals(sessionFile) ? stamp : null;
    }

    boolean isLocked(Path file) {
        return file.equals(locked);
    }

    /** Background thread: takes the lock of a file saved under a new name. */
    void lockNew(Path file) {
        lock.acquire(file);
    }

    /** FX thread: {@code target} was written with content {@code written}. */
    void saved(Path target, FileStamp written) {
        if (!target.equals(locked)) {
            release();
            locked = target;
        }
        stamp = written;
    }

    /** The workbook is closed or replaced: give up the lock, forget the stamp. */
    void release() {
        Path previous = locked;
        locked = null;
        stamp = null;
        if (previous != null) {
            background.run(
                    () -> {
                        lock.release(previous);
                        return null;
                    },
                    ok -> {},
                    error -> {});
        }
    }

    /** What opening {@code workbook} must tell the user: changed or missing frameworks, values off the scale. */
    static List<String> notices(Workbook workbook, MainViewModel main) {
        List<String> notices =
                new ArrayList<>(FrameworkCheck.check(workbook, main.catalog().forWorkbook(workbook)::find).stream()
                        .map(FrameworkNotice::message)
                        .toList());
        List<String> outOfRange =
                RatingRangeCheck.problems(workbook, main.catalog().forWorkbook(workbook)::find);
        if (!outOfRange.isEmpty()) {
            notices.add(RatingRangeCheck.describe(outOfRange));
        }
        return notices;
    }
}
