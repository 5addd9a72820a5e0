package com.cxworkbook.ui.file;

import com.cxworkbook.io.Messages;
import com.cxworkbook.io.WriteProblem;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.IOException;
import java.nio.file.Path;

/** The File menu's wording: persistence says what happened, this adds where in the app to go next. */
final class FileMessages {

    static final String SAVE_ELSEWHERE = " Use File › Save As… to save it somewhere else.";

    private FileMessages() {}

    static String openFailed(WorkbookReadException e) {
        return e.getMessage()
                + (e.kind() == WorkbookReadException.Kind.NOT_FOUND ? " Use File › Open… to find it." : "");
    }

    static String saveFailed(Path target, Throwable error) {
        if (error instanceof IOException io) {
            return WorkbookStore.describeWriteFailure(target, io) + SAVE_ELSEWHERE;
        }
        return target.getFileName() + " could not be saved: " + reason(error) + "." + SAVE_ELSEWHERE;
    }

    /** A short reason for a status line, never a class name or a stack trace. */
    static String reason(Throwable error) {
        if (error instanceof IOException io) {
            return WriteProblem.reason(io);
        }
        return error.getMessage() == null ? "an unexpected error" : Messages.cut(error.getMessage(), 120);
    }
}
