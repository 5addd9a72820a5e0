package com.cxworkbook.export;

import org.apache.poi.ss.util.CellReference;

/** A1-style references for formulas: relative ({@code B5}), absolute ({@code $B$5}) and ranges of one column. */
final class CellRefs {

    private CellRefs() {}

    /** Zero-based column and row to a relative reference. */
    static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    static String abs(int column, int row) {
        return "$" + CellReference.convertNumToColString(column) + "$" + (row + 1);
    }

    static String range(int column, int first, int last) {
        return ref(column, first) + ":" + ref(column, last);
    }

    static String absRange(int column, int first, int last) {
        return abs(column, first) + ":" + abs(column, last);
    }
}
