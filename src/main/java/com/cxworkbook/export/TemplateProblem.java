package com.cxworkbook.export;

/**
 * One thing wrong with a framework spreadsheet: where (sheet and cell, e.g. {@code Items!E7 (Item id)}, or
 * just the sheet or the file) and what to change.
 */
public record TemplateProblem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
