package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Astute, CXMM: a section's level is the mean of its rated items; the overall level is the mean of the
 * section means, so every dimension weighs the same however many statements it has.
 */
final class MeanLevelScoring implements ScoringStrategy {

    @Override
    public ScoreResult score(Framework framework, Map<String, Rating> ratings) {
        Tally tally = new Tally(framework, ratings);
        Scale scale = framework.scale();
        List<SectionResult> sections = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        double sumOfMeans = 0;
        int ratedSections = 0;
        for (Section section : framework.sections()) {
            SectionResult plain = Tally.section(framework, section, ratings, null, Integer.MAX_VALUE);
            Level level = plain.mean() == null ? null : nearestLevel(framework, plain.mean());
            sections.add(new SectionResult(
                    section,
                    plain.itemCount(),
                    plain.rated(),
                    plain.notApplicable(),
                    plain.sum(),
                    plain.mean(),
                    level,
                    0));
            if (plain.mean() != null) {
                sumOfMeans += plain.mean();
                ratedSections++;
                explanation.add(section.name() + ": mean of " + plain.rated() + " rating"
                        + (plain.rated() == 1 ? "" : "s") + " = " + Rounding.oneDecimal(plain.mean())
                        + " → " + level.name() + ".");
            } else {
                explanation.add(section.name() + ": not rated" + (plain.notApplicable() > 0 ? " (N/A)" : "") + ".");
            }
        }
        if (ratedSections == 0) {
            return new ScoreResult(
                    ScoringMethod.MEAN_LEVEL,
                    framework.itemCount(),
                    0,
                    tally.notApplicable,
                    0,
                    0,
                    scale.max(),
                    null,
                    false,
                    sections,
                    tally.items,
                    List.of(),
                    List.of("No item is rated yet."),
                    null);
        }
        double overall = sumOfMeans / ratedSections;
        Level level = nearestLevel(framework, overall);
        explanation.add("Overall: mean of " + ratedSections + " section mean" + (ratedSections == 1 ? "" : "s") + " = "
                + Rounding.oneDecimal(overall) + " → nearest level " + level.name() + ".");
        if (tally.notApplicable > 0) {
            explanation.add(tally.notApplicable + " N/A item" + (tally.notApplicable == 1 ? "" : "s") + " excluded: "
                    + Tally.itemList(tally.notApplicableItems) + ".");
        }
        int unrated = framework.itemCount() - tally.rated - tally.notApplicable;
        ScoreRange range = null;
        if (unrated > 0) {
            double low = finalMean(sections, scale.min());
            double high = finalMean(sections, scale.max());
            range = new ScoreRange(low, high, nearestLevel(framework, low), nearestLevel(framework, high));
            level = range.lowLevel();
            explanation.add(unrated + " item" + (unrated == 1 ? " is" : "s are") + " not rated yet: "
                    + Rounding.oneDecimal(overall) + " is the mean so far, not a projection.");
            explanation.add(
                    "With every unrated item at " + scale.min() + " the final mean would be " + Rounding.oneDecimal(low)
                            + "; at " + scale.max() + " it would be " + Rounding.oneDecimal(high) + ".");
            explanation.add(
                    range.levelSettled()
                            ? "The level is " + level.name() + " whatever the rest."
                            : "The level can still be " + range.levelText() + ".");
        }
        return new ScoreResult(
                ScoringMethod.MEAN_LEVEL,
                framework.itemCount(),
                tally.rated,
                tally.notApplicable,
                tally.sum,
                overall,
                scale.max(),
                level,
                false,
                sections,
                tally.items,
                List.of(),
                explanation,
                range);
    }

    /** The overall mean with every unrated item at {@code value}; sections that are all N/A stay out. */
    private static double finalMean(List<SectionResult> sections, int value) {
        double sum = 0;
        int counted = 0;
        for (SectionResult section : sections) {
            int applicable = section.itemCount() - section.notApplicable();
            if (applicable == 0) {
                continue;
            }
            int unrated = applicable - section.rated();
            sum += (double) (section.sum() + unrated * value) / applicable;
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /** Levels map one-to-one onto scale values (validated), so the nearest value picks the level. */
    static Level nearestLevel(Framework framework, double mean) {
        int index = (int) Rounding.halfUp(mean) - framework.scale().min();
        List<Level> levels = framework.levels();
        return levels.get(Math.max(0, Math.min(levels.size() - 1, index)));
    }
}
