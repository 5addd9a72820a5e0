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
 * @param nextSteps  STAGE_CHECKLIST: the next stage's characteristics rated as not describing the client
 * @param range      where the final score and level can still go while items are unrated; null when every
 *                   item is answered (rated or N/A) or nothing is rated yet
 *
 * <p>While items are unrated, {@code score} is what is known so far, not a projection: the total of the
 * ratings given (SUM_BANDS), the mean of the rated section means (MEAN_LEVEL), the stage reached with every
 * unrated characteristic counted as "does not describe us" (STAGE_CHECKLIST); {@code level} is the lowest
 * level the assessment can still end on.
 */
public record ScoreResult(
        ScoringMethod method,
        int itemCount,
        int rated,
        int notApplicable,
        int rawSum,
        double score,
        double maxScore,
        Level level,
        boolean scaled,
        List<SectionResult> sections,
        List<ItemScore> items,
        List<Item> nextSteps,
        List<String> explanation,
        ScoreRange range) {

    public ScoreResult {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        nextSteps = List.copyOf(nextSteps);
        explanation = List.copyOf(explanation);
    }

    public int unrated() {
        return itemCount - rated - notApplicable;
    }

    /** Some applicable items are unrated (and something is rated): the score is a "so far". */
    public boolean isPartial() {
        return range != null;
    }

    /** True while unrated items could still change the level. */
    public boolean isProvisional() {
        return range != null && !range.levelSettled();
    }

    /** "12 of 20 rated" (N/A items count as answered). */
    public String progressText() {
        String text = (rated + notApplicable) + " of " + itemCount + " rated";
        return notApplicable > 0 ? text + " (" + notApplicable + " N/A)" : text;
    }

    /** The score as a person reads it: "60 / 100", "3.2 / 5", "Stage 2 of 5"; "12 so far" while partial. */
    public String scoreText() {
        if (rated == 0) {
            return "–";
        }
        if (isPartial()) {
            return number(score) + " so far";
        }
        return switch (method) {
            case SUM_BANDS -> Math.round(score) + " / " + Math.round(maxScore);
            case MEAN_LEVEL -> String.format(Locale.ROOT, "%.1f / %d", score, Math.round(maxScore));
            case STAGE_CHECKLIST -> "Stage " + Math.round(score) + " of " + Math.round(maxScore);
        };
    }

    /** "Customer-Aware", "Customer-Chaotic to Customer-Champion" while unrated items could change it, or "Not rated yet". */
    public String levelText() {
        if (level == null) {
            return "Not rated yet";
        }
        return isPartial() ? range.levelText() : level.name();
    }

    /**
     * One line that says what is known and where it can still go:
     * "12 so far from 4 of 20 · final 28–92 · stage Customer-Chaotic to Customer-Champion". A fully rated
     * assessment reads "60 / 100 · Customer-Aware".
     */
    public String summaryText() {
        if (rated == 0) {
            return "Not rated yet";
        }
        if (!isPartial()) {
            return scoreText() + " · " + levelText();
        }
        StringBuilder text = new StringBuilder(soFarText());
        text.append(" · stage ").append(range.levelText());
        if (range.levelSettled()) {
            text.append(" whatever the rest");
        }
        return text.toString();
    }

    /** "12 so far from 4 of 20 · final 28–92" while partial (no "final" for stage models); scoreText() otherwise. */
    public String soFarText() {
        if (!isPartial()) {
            return scoreText();
        }
        int applicable = itemCount - notApplicable;
        StringBuilder text = new StringBuilder(scoreText())
                .append(" from ")
                .append(rated)
                .append(" of ")
                .append(applicable);
        if (notApplicable > 0) {
            text.append(" (").append(notApplicable).append(" N/A)");
        }
        if (method != ScoringMethod.STAGE_CHECKLIST) {
            text.append(" · final ").append(rangeText());
        }
        return text.toString();
    }

    /** "28–92" (SUM_BANDS), "2.1–4.3" (MEAN_LEVEL), "Stage 2–4"; "" when complete. */
    public String rangeText() {
        if (range == null) {
            return "";
        }
        String low = plain(range.low());
        String high = plain(range.high());
        String span = low.equals(high) ? low : low + "–" + high;
        return method == ScoringMethod.STAGE_CHECKLIST ? "Stage " + span : span;
    }

    private String number(double value) {
        return method == ScoringMethod.STAGE_CHECKLIST ? "Stage " + plain(value) : plain(value);
    }

    private String plain(double value) {
        return method == ScoringMethod.MEAN_LEVEL
                ? String.format(Locale.ROOT, "%.1f", value)
                : Long.toString(Math.round(value));
    }
}
