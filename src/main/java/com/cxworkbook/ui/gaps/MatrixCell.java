package com.cxworkbook.ui.gaps;

import java.util.List;

/**
 * One cell of the priority matrix: the activities with this row's priority (or gap size) and this effort.
 * The top-left cells (high priority or large gap, low effort) are the quick wins.
 */
public record MatrixCell(
        int row, int column, String rowLabel, String columnLabel, List<String> activities, boolean quickWin) {

    public MatrixCell {
        activities = List.copyOf(activities);
    }

    public String id() {
        return "matrix-" + row + "-" + column;
    }
}
