package com.cxworkbook.persistence;

import java.util.Objects;

/**
 * A workbook file could not be opened. {@link #getMessage()} is one line for a dialog, a status line or the
 * export CLI: the file's name, what is wrong and what the user can do. {@link #kind()} lets callers react
 * (e.g. offer the .bak copy) without parsing text.
 */
public class WorkbookReadException extends Exception {

    /** What kind of problem kept the workbook from opening. */
    public enum Kind {
        /** No file at that path. */
        NOT_FOUND,
        /** The file exists but could not be read (permissions, a folder, a drive gone). */
        UNREADABLE,
        /** Zero bytes or only whitespace. */
        EMPTY,
        /** Larger than any real workbook; refused before parsing. */
        TOO_LARGE,
        /** Valid JSON up to a point, then the file stops. */
        TRUNCATED,
        /** Not JSON text at all (binary, a spreadsheet, plain text, broken syntax). */
        NOT_JSON,
        /** Valid JSON, but something other than a workbook (an array, a framework file, …). */
        NOT_A_WORKBOOK,
        /** Written by a newer app with a format this version cannot read safely. */
        NEWER_VERSION,
        /** A workbook with a value of the wrong type or out of range. */
        BAD_VALUE
    }

    private final Kind kind;
    private final String fileName;

    public WorkbookReadException(Kind kind, String fileName, String message) {
        this(kind, fileName, message, null);
    }

    public WorkbookReadException(Kind kind, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind);
        this.fileName = fileName;
    }

    public Kind kind() {
        return kind;
    }

    /** The file name (not the full path) the message talks about. */
    public String fileName() {
        return fileName;
    }
}
