package com.cxworkbook.domain;

import java.util.List;
import java.util.Optional;

/**
 * Suggested actions for a worksheet line, from the framework's "Closing the gaps" recommendations.
 *
 * <p>The next stage is taken per activity, not for the whole assessment: an ICMI activity rated 2 reads as
 * Customer-Chaotic on its own (2 × 20 activities = 40 points), so it gets the actions for reaching
 * Customer-Aware, while an activity rated 4 in the same workshop gets the Customer-Champion actions. With the
 * assessment-wide stage every activity would get the same list, which tells the room nothing about that
 * activity. Unrated activities fall back to the assessment's stage.
 */
public final class GapSuggestions {

    private GapSuggestions() {
    }

    /** The stage an activity's rating reads as on its own, or empty when it cannot be placed. */
    public static Optional<Level> stageOf(Framework framework, Rating rating) {
        if (rating == null || rating.isNotApplicable() || !framework.scale().contains(rating.value())) {
            return Optional.empty();
        }
        int value = rating.value();
        if (framework.scoring() != null && framework.scoring().method() == ScoringMethod.SUM_BANDS) {
            int asTotal = value * framework.itemCount();
            return framework.scoring().bands().stream().filter(b -> b.contains(asTotal)).findFirst()
                    .flatMap(b -> framework.level(b.level()));
        }
        // one level per scale step (Astute, CXMM): the value is the level
        List<Integer> values = framework.scale().values();
        if (values.size() == framework.levels().size()) {
            return Optional.of(framework.levels().get(values.indexOf(value)));
        }
        return Optional.empty();
    }

    /**
     * The recommendation for the stage after {@code current}; null {@code current} means "not placed", for
     * which the lowest stage is the starting point.
     */
    public static Optional<Recommendation> nextRecommendation(Framework framework, Level current) {
        return framework.nextLevel(current).flatMap(next -> framework.recommendationTo(next.id()));
    }

    /**
     * Suggested text for the Actions cell of a line, or empty when the line has no gap or the framework
     * recommends nothing for the next stage.
     *
     * @param assessmentStage the stage of the whole assessment, used when the line is unrated (may be null)
     */
    public static Optional<String> actionsFor(Framework framework, GapLine line, Level assessmentStage) {
        if (line.rating() != null && (line.gap() == null || line.gap() == 0)) {
            return Optional.empty();
        }
        Level stage = line.rating() == null ? assessmentStage : stageOf(framework, line.rating()).orElse(assessmentStage);
        if (stage == null && line.rating() == null) {
            return Optional.empty();
        }
        return nextRecommendation(framework, stage).flatMap(GapSuggestions::text);
    }

    /** One bullet per action; a recommendation without a list (ICMI's first step) gives its opening sentences. */
    static Optional<String> text(Recommendation recommendation) {
        if (!recommendation.actions().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (String action : recommendation.actions()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append("• ").append(action);
            }
            return Optional.of(text.toString());
        }
        String prose = recommendation.text().strip();
        if (prose.isEmpty()) {
            return Optional.empty();
        }
        String[] sentences = prose.split("(?<=[.!?])\\s+");
        return Optional.of(sentences.length <= 2 ? prose : sentences[0] + " " + sentences[1]);
    }
}
