package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ICMI: total of the ratings → band → stage. N/A items are excluded and the total is scaled to the full
 * range over the applicable items. Unrated items are never extrapolated: while some are unrated the score
 * is the total so far, and the range says where the final total can still land (each unrated item at the
 * bottom and at the top of the scale).
 */
final class SumBandsScoring implements ScoringStrategy {

    @Override
    public ScoreResult score(Framework framework, Map<String, Rating> ratings) {
        Tally tally = new Tally(framework, ratings);
        int itemCount = framework.itemCount();
        double max = (double) itemCount * framework.scale().max();
        List<SectionResult> sections = new ArrayList<>();
        for (Section section : framework.sections()) {
            sections.add(Tally.section(framework, section, ratings, null, Integer.MAX_VALUE));
        }
        List<String> explanation = new ArrayList<>();
        if (tally.rated == 0) {
            explanation.add("No item is rated yet.");
            return new ScoreResult(
                    ScoringMethod.SUM_BANDS,
                    itemCount,
                    0,
                    tally.notApplicable,
                    0,
                    0,
                    max,
                    null,
                    false,
                    sections,
                    tally.items,
                    List.of(),
                    explanation,
                    null);
        }
        explanation.add("Total of " + tally.rated + " rating" + (tally.rated == 1 ? "" : "s") + ": " + tally.sum + ".");
        int applicable = itemCount - tally.notApplicable;
        if (tally.notApplicable > 0) {
            explanation.add(tally.notApplicable + " item" + (tally.notApplicable == 1 ? " is" : "s are")
                    + " not applicable and excluded: " + Tally.itemList(tally.notApplicableItems) + ".");
        }
        int unrated = applicable - tally.rated;
        if (unrated > 0) {
            Scale scale = framework.scale();
            long low = finalScore(tally.sum + unrated * scale.min(), itemCount, applicable);
            long high = finalScore(tally.sum + unrated * scale.max(), itemCount, applicable);
            Level lowLevel = band(framework, low);
            Level highLevel = band(framework, high);
            ScoreRange range = new ScoreRange(low, high, lowLevel, highLevel);
            explanation.add(unrated + " item" + (unrated == 1 ? " is" : "s are") + " not rated yet: " + tally.sum
                    + " is the total so far, not a projection.");
            explanation.add("With every unrated item at " + scale.min() + " the final score would be " + low
                    + " (" + name(lowLevel) + "); at " + scale.max() + " it would be " + high + " (" + name(highLevel)
                    + ")"
                    + (tally.notApplicable > 0 ? ", scaled for the N/A items" : "") + ".");
            explanation.add(
                    range.levelSettled()
                            ? "The stage is " + name(lowLevel) + " whatever the rest."
                            : "The stage can still be " + range.levelText() + ".");
            return new ScoreResult(
                    ScoringMethod.SUM_BANDS,
                    itemCount,
                    tally.rated,
                    tally.notApplicable,
                    tally.sum,
                    tally.sum,
                    max,
                    lowLevel,
                    false,
                    sections,
                    tally.items,
                    List.of(),
                    explanation,
                    range);
        }
        boolean scaled = tally.notApplicable > 0;
        long score = finalScore(tally.sum, itemCount, applicable);
        if (scaled) {
            explanation.add("Scaled to the full " + itemCount + "-item range: " + tally.sum + " × " + itemCount + " / "
                    + applicable + " = " + score + " (rounded).");
        }
        Level level = band(framework, score);
        for (Band band : framework.scoring().bands()) {
            if (band.contains((int) score)) {
                explanation.add(score + " is in the band " + band.min() + "–" + band.max() + " → " + name(level) + ".");
                break;
            }
        }
        return new ScoreResult(
                ScoringMethod.SUM_BANDS,
                itemCount,
                tally.rated,
                tally.notApplicable,
                tally.sum,
                score,
                max,
                level,
                scaled,
                sections,
                tally.items,
                List.of(),
                explanation,
                null);
    }

    /** The total scaled for N/A items (sum × itemCount / applicable, half up); unchanged without N/A. */
    static long finalScore(int sum, int itemCount, int applicable) {
        return applicable == itemCount ? sum : Rounding.halfUp((double) sum * itemCount / applicable);
    }

    static Level band(Framework framework, long score) {
        for (Band band : framework.scoring().bands()) {
            if (band.contains((int) score)) {
                return framework.level(band.level()).orElse(null);
            }
        }
        return null;
    }

    private static String name(Level level) {
        return level == null ? "no band" : level.name();
    }
}
