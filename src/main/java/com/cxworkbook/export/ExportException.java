package com.cxworkbook.export;

/** An export did not produce a file; the message says what happened and what to do, in plain words. */
public class ExportException extends Exception {

    /** What went wrong, so a caller can offer the right next step (e.g. pick another name for the target). */
    public enum Kind {
        /** The workbook cannot be exported as it is (e.g. an assessment uses an unknown framework). */
        INPUT,
        /** The target file or folder cannot be written: read-only, locked by another program, missing folder. */
        TARGET,
        /** Writing or checking the file failed. */
        WRITE,
        /** The user cancelled. */
        CANCELLED
    }

    private final Kind kind;

    public ExportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ExportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
