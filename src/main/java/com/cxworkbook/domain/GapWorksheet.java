package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The gap-analysis worksheet of an assessment (ICMI "Gap analysis"), for any framework whose scale has a
 * maximum: one line per item in the framework's order, gap = max − current rating, with totals.
 *
 * <p>Stage models (STAGE_CHECKLIST) are different: a characteristic is a description, not a target, and
 * "does not describe us" is the goal for salesEQUITY's Stage 1 deficiencies. Their gaps are the
 * characteristics of the <em>next</em> stage (after the stage reached) that are rated as not describing
 * the client yet, by how far they are below the threshold (1 on a 0/1 scale); every other rated
 * characteristic has no gap (0), and unrated ones none stated (null).
 */
public final class GapWorksheet {

    private GapWorksheet() {}

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
        boolean checklist =
                framework.scoring() != null && framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST;
        String nextStage = checklist ? nextStage(framework, assessment) : null;
        for (Section section : framework.sections()) {
            for (Item item : section.items()) {
                Rating rating = assessment.getRatings().get(item.id());
                Integer gap = checklist ? checklistGap(framework, item, rating, nextStage) : gap(framework, rating);
                lines.add(new GapLine(section, item, rating, gap, row(assessment, item.id())));
            }
        }
        return lines;
    }

    /** The id of the stage after the one reached; null when nothing is rated or the top stage is reached. */
    private static String nextStage(Framework framework, Assessment assessment) {
        ScoreResult result = Scorer.score(framework, assessment);
        return result.level() == null
                ? null
                : framework.nextLevel(result.level()).map(Level::id).orElse(null);
    }

    private static Integer checklistGap(Framework framework, Item item, Rating rating, String nextStage) {
        if (rating == null || rating.isNotApplicable() || !framework.scale().contains(rating.value())) {
            return null;
        }
        int threshold = StageChecklistScoring.threshold(framework);
        return framework.stageOf(item).equals(nextStage) && rating.value() < threshold ? threshold - rating.value() : 0;
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
