package com.cxworkbook.domain;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of scoring an assessment, able to explain itself: which ratings were used, which items
 * were excluded as N/A or not yet rated, and the band or rule that decided the level.
 *
 * @param score      the method's score: the (scaled) total for SUM_BANDS, the mean for MEAN_LEVEL,
 *                   the stage number for STAGE_CHECKLIST
 * @param level      the level reached, null when nothing is rated yet
 * @param scaled     SUM_BANDS only: the total was scaled to the full range because items were excluded
 * @param nextSteps  STAGE_CHECKLIST: unmet items of the next stage; otherwise empty
 */
public record ScoreResult(ScoringMethod method, int itemCount, int rated, int notApplicable,
                          int rawSum, double score, double maxScore, Level level, boolean scaled,
                          List<SectionResult> sections, List<ItemScore> items, List<Item> nextSteps,
                          List<String> explanation) {

    public ScoreResult {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        nextSteps = List.copyOf(nextSteps);
        explanation = List.copyOf(explanation);
    }

    public int unrated() {
        return itemCount - rated - notApplicable;
    }

    /** True while some applicable items are unrated: the level may still change. */
    public boolean isProvisional() {
        return unrated() > 0;
    }

    /** "12 of 20 rated" (N/A items count as answered). */
    public String progressText() {
        String text = (rated + notApplicable) + " of " + itemCount + " rated";
        return notApplicable > 0 ? text + " (" + notApplicable + " N/A)" : text;
    }

    /** The score as a person reads it: "60 / 100", "3.2 / 5", "Stage 2 of 5". */
    public String scoreText() {
        if (rated == 0) {
            return "–";
        }
        return switch (method) {
            case SUM_BANDS -> Math.round(score) + " / " + Math.round(maxScore);
            case MEAN_LEVEL -> String.format(Locale.ROOT, "%.1f / %d", score, Math.round(maxScore));
            case STAGE_CHECKLIST -> "Stage " + Math.round(score) + " of " + Math.round(maxScore);
        };
    }

    /** "Customer-Aware", "Customer-Aware (provisional)" or "Not rated yet". */
    public String levelText() {
        if (level == null) {
            return "Not rated yet";
        }
        return isProvisional() ? level.name() + " (provisional)" : level.name();
    }
}
