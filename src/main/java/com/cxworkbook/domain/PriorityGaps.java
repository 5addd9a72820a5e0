package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The gaps that matter most, as the dashboard and the PDF summary list them: open gaps (not done, a gap
 * left) by priority (High first, unprioritised last), then the worksheet's rank, then the largest gap.
 * Quick wins are the open High-priority gaps of Low effort — the priority matrix's top-left cell.
 */
public final class PriorityGaps {

    /** Highest priority first; within a priority the facilitator's rank, then the bigger gap, then framework order. */
    public static final Comparator<GapLine> ORDER = Comparator.comparingInt((GapLine line) -> priorityOrder(line.row()))
            .thenComparingInt(line -> rankOrder(line.row()))
            .thenComparing(Comparator.comparingInt((GapLine line) -> line.gap()).reversed());

    private PriorityGaps() {}

    /** Open gaps of one assessment in {@link #ORDER} (stable, so ties keep the framework's order). */
    public static List<GapLine> ranked(Framework framework, Assessment assessment) {
        List<GapLine> open = new ArrayList<>();
        for (GapLine line : GapWorksheet.lines(framework, assessment)) {
            if (isOpen(line)) {
                open.add(line);
            }
        }
        open.sort(ORDER);
        return open;
    }

    /** Open gaps with High priority and Low effort, in {@link #ORDER}. */
    public static List<GapLine> quickWins(Framework framework, Assessment assessment) {
        List<GapLine> wins = new ArrayList<>();
        for (GapLine line : ranked(framework, assessment)) {
            GapRow row = line.row();
            if (row != null && row.getPriority() == Priority.HIGH && row.getEffort() == Effort.LOW) {
                wins.add(line);
            }
        }
        return wins;
    }

    static boolean isOpen(GapLine line) {
        return line.gap() != null
                && line.gap() > 0
                && (line.row() == null || line.row().getStatus() != GapStatus.DONE);
    }

    private static int priorityOrder(GapRow row) {
        return row == null || row.getPriority() == null
                ? Priority.values().length
                : row.getPriority().ordinal();
    }

    private static int rankOrder(GapRow row) {
        return row == null || row.getRank() <= 0 ? Integer.MAX_VALUE : row.getRank();
    }
}
