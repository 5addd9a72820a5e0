package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The gap-analysis worksheet of an assessment (ICMI "Gap analysis"), for any framework whose scale has a
 * maximum: one line per item in the framework's order, gap = max − current rating, with totals.
 */
public final class GapWorksheet {

    private GapWorksheet() {
    }

    /** Gap to the top of the scale; null when the item is N/A or unrated (no gap can be stated). */
    public static Integer gap(Framework framework, Rating rating) {
        if (rating == null || rating.isNotApplicable() || !framework.scale().contains(rating.value())) {
            return null;
        }
        return framework.scale().max() - rating.value();
    }

    /** Every item of the framework in order, joined with the assessment's ratings and worksheet rows. */
    public static List<GapLine> lines(Framework framework, Assessment assessment) {
        List<GapLine> lines = new ArrayList<>();
        for (Section section : framework.sections()) {
            for (Item item : section.items()) {
                Rating rating = assessment.getRatings().get(item.id());
                lines.add(new GapLine(section, item, rating, gap(framework, rating), row(assessment, item.id())));
            }
        }
        return lines;
    }

    /** The worksheet row of an item, or null when none has been created yet. */
    public static GapRow row(Assessment assessment, String itemId) {
        for (GapRow row : assessment.getGapRows()) {
            if (itemId.equals(row.getItemId())) {
                return row;
            }
        }
        return null;
    }

    /** Sum of current ratings (N/A and unrated left out). */
    public static int totalRating(List<GapLine> lines) {
        int total = 0;
        for (GapLine line : lines) {
            if (line.rating() != null && !line.rating().isNotApplicable() && line.gap() != null) {
                total += line.rating().value();
            }
        }
        return total;
    }

    /** Sum of gaps over rated items. */
    public static int totalGap(List<GapLine> lines) {
        int total = 0;
        for (GapLine line : lines) {
            if (line.gap() != null) {
                total += line.gap();
            }
        }
        return total;
    }
}
