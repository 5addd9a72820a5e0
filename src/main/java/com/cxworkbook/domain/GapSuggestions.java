package com.cxworkbook.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggested actions for worksheet lines, from the framework's "Closing the gaps" recommendations.
 *
 * <p>The next stage is taken per activity, not for the whole assessment: an ICMI activity rated 2 reads as
 * Customer-Chaotic on its own (2 × 20 activities = 40 points), so it gets the actions for reaching
 * Customer-Aware, while an activity rated 4 in the same workshop gets the Customer-Champion actions.
 *
 * <p>Of that stage's actions only those tagged with the line's section are suggested (a recommendation's
 * {@code actionSections}; untagged frameworks offer all of them), one or two per line. Lines of the same
 * section heading for the same stage take turns through those actions, so no two neighbours get the same
 * text; an action that is the section's only one goes to the first such line only. Unrated and N/A lines,
 * and lines without a gap, get nothing: there is nothing known to close.
 */
public final class GapSuggestions {

    private GapSuggestions() {}

    /** The stage an activity's rating reads as on its own, or empty when it cannot be placed. */
    public static Optional<Level> stageOf(Framework framework, Rating rating) {
        if (rating == null || rating.isNotApplicable() || !framework.scale().contains(rating.value())) {
            return Optional.empty();
        }
        int value = rating.value();
        if (framework.scoring() != null && framework.scoring().method() == ScoringMethod.SUM_BANDS) {
            int asTotal = value * framework.itemCount();
            return framework.scoring().bands().stream()
                    .filter(b -> b.contains(asTotal))
                    .findFirst()
                    .flatMap(b -> framework.level(b.level()));
        }
        if (framework.scoring() != null && framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST) {
            return Optional.empty();
        }
        // one level per scale step (Astute, CXMM): the value is the level
        List<Integer> values = framework.scale().values();
        if (values.size() == framework.levels().size()) {
            return Optional.of(framework.levels().get(values.indexOf(value)));
        }
        return Optional.empty();
    }

    /** The recommendation for the stage after {@code current}; null {@code current} means the lowest stage. */
    public static Optional<Recommendation> nextRecommendation(Framework framework, Level current) {
        return framework.nextLevel(current).flatMap(next -> framework.recommendationTo(next.id()));
    }

    /** True when the framework recommends anything at all (ICMI does; the stage models do not). */
    public static boolean hasActions(Framework framework) {
        return framework.recommendations().stream()
                .anyMatch(r -> !r.actions().isEmpty() || !r.text().isBlank());
    }

    /**
     * Suggested Actions text per item id, for every line that has a gap, in the framework's order (the
     * turn-taking runs over all lines, so what a line gets does not depend on which rows are shown).
     */
    public static Map<String, String> suggest(Framework framework, List<GapLine> lines) {
        Map<String, String> suggestions = new LinkedHashMap<>();
        Map<String, Integer> turns = new HashMap<>();
        for (GapLine line : lines) {
            if (line.rating() == null || line.rating().isNotApplicable() || line.gap() == null || line.gap() == 0) {
                continue;
            }
            Optional<Level> stage = stageOf(framework, line.rating());
            if (stage.isEmpty()) {
                continue;
            }
            Optional<Recommendation> next = nextRecommendation(framework, stage.get());
            if (next.isEmpty()) {
                continue;
            }
            List<String> candidates = candidates(next.get(), line.section());
            if (candidates.isEmpty()) {
                continue;
            }
            int turn = turns.merge(line.section().id() + "\u0000" + next.get().toLevel(), 1, Integer::sum) - 1;
            int m = candidates.size();
            if (m == 1 && turn > 0) {
                continue;
            }
            String text = "• " + candidates.get(turn % m);
            if (m >= 3) {
                text += "\n• " + candidates.get((turn + 1) % m);
            }
            suggestions.put(line.item().id(), text);
        }
        return suggestions;
    }

    /** The section's tagged actions; all actions when the framework tags none; the opening prose when it lists none. */
    static List<String> candidates(Recommendation recommendation, Section section) {
        if (!recommendation.actions().isEmpty()) {
            return recommendation.actionSections().isEmpty()
                    ? recommendation.actions()
                    : recommendation.actionsFor(section.id());
        }
        String prose = recommendation.text().strip();
        if (prose.isEmpty()) {
            return List.of();
        }
        String[] sentences = prose.split("(?<=[.!?])\\s+");
        return List.of(sentences.length <= 2 ? prose : sentences[0] + " " + sentences[1]);
    }
}
