package com.cxworkbook.ui.file;

/** What a status-line message is, so it is shown as such: done (green), for information, a warning or an error. */
public enum StatusKind {
    SUCCESS,
    INFO,
    WARNING,
    ERROR;

    /** Messages that describe a moment ("Saved at 10:42") and no longer hold once the workbook changes. */
    boolean staleAfterEdit() {
        return this == SUCCESS || this == INFO;
    }
}
