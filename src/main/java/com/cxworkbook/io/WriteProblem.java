package com.cxworkbook.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;

/**
 * Why a write failed, in a few plain words ("the disk is full"), for the one-line messages of saves,
 * settings and exports. Never a class name or a library's wording.
 */
public final class WriteProblem {

    /** What kind of failure, so callers can choose the next step (and the CLI its exit code). */
    public enum Kind {
        DISK_FULL,
        READ_ONLY,
        NO_PERMISSION,
        FOLDER_MISSING,
        IN_USE,
        IO
    }

    private WriteProblem() {}

    public static Kind kind(IOException e) {
        String text = text(e);
        if (text.contains("no space left")
                || text.contains("disk full")
                || text.contains("not enough space")
                || text.contains("quota")) {
            return Kind.DISK_FULL;
        }
        if (text.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied")) {
            return Kind.NO_PERMISSION;
        }
        if (e instanceof NoSuchFileException) {
            return Kind.FOLDER_MISSING;
        }
        if (text.contains("being used by another process") || text.contains("locked")) {
            return Kind.IN_USE;
        }
        return Kind.IO;
    }

    /** A short reason, e.g. "the disk is full", to follow "could not be saved: ". */
    public static String reason(IOException e) {
        String text = text(e);
        return switch (kind(e)) {
            case DISK_FULL -> text.contains("quota") ? "your disk quota is used up" : "the disk is full";
            case READ_ONLY -> "the drive is read-only";
            case NO_PERMISSION -> "you do not have permission to write there";
            case FOLDER_MISSING -> "the folder is no longer there";
            case IN_USE -> "the file is open in another program";
            case IO -> "the drive reported an error (" + Messages.cut(firstLine(e), 80) + ")";
        };
    }

    /** The first IOException in a chain of causes, or null; POI wraps disk errors in its own exceptions. */
    public static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Read-only as the user meant it: the permission bits or the DOS attribute, not only whether this process
     * could write anyway (an administrator can, but should not silently replace such a file). A read-only
     * drive is not this: there the file's own bits still say writable.
     */
    public static boolean markedReadOnly(Path file) {
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
            if (dos != null) {
                return dos.readAttributes().isReadOnly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }

    private static String text(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        return (reason + " " + (e.getMessage() == null ? "" : e.getMessage())).toLowerCase(Locale.ROOT);
    }

    private static String firstLine(IOException e) {
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "input/output error";
        }
        return text.lines().findFirst().orElse(text).strip();
    }
}
