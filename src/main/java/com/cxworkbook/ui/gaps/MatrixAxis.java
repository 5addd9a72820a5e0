package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Priority;
import java.util.List;

/** What the priority matrix puts on its vertical axis (effort is always across). */
public enum MatrixAxis {
    PRIORITY("Priority", List.of("High priority", "Medium priority", "Low priority")),
    GAP_SIZE("Gap size", List.of("Large gap (3+)", "Gap of 2", "Gap of 1"));

    private final String label;
    private final List<String> rows;

    MatrixAxis(String label, List<String> rows) {
        this.label = label;
        this.rows = rows;
    }

    public String label() {
        return label;
    }

    public List<String> rowLabels() {
        return rows;
    }

    /** The matrix row of an activity, -1 when it has no place on this axis yet. */
    int rowOf(GapRowViewModel row) {
        if (this == PRIORITY) {
            Priority priority = row.priority();
            return priority == null ? -1 : priority.ordinal();
        }
        Integer gap = row.gap();
        if (gap == null || gap <= 0) {
            return -1;
        }
        return gap >= 3 ? 0 : gap == 2 ? 1 : 2;
    }

    @Override
    public String toString() {
        return label;
    }
}
