package com.cxworkbook.persistence;

/** A workbook file could not be opened; the message says what is wrong and what the user can do. */
public class WorkbookReadException extends Exception {

    public WorkbookReadException(String message) {
        super(message);
    }

    public WorkbookReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
