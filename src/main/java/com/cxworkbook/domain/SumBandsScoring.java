package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ICMI: total of the ratings → band → stage; scaled to the full range when items are N/A or unrated. */
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
            return new ScoreResult(ScoringMethod.SUM_BANDS, itemCount, 0, tally.notApplicable, 0, 0, max,
                    null, false, sections, tally.items, List.of(), explanation);
        }
        explanation.add("Total of " + tally.rated + " rating" + (tally.rated == 1 ? "" : "s") + ": " + tally.sum + ".");
        if (tally.notApplicable > 0) {
            explanation.add(tally.notApplicable + " item" + (tally.notApplicable == 1 ? " is" : "s are")
                    + " not applicable and excluded: " + Tally.itemList(tally.notApplicableItems) + ".");
        }
        boolean scaled = tally.rated < itemCount;
        long score = tally.sum;
        if (scaled) {
            score = Rounding.halfUp((double) tally.sum * itemCount / tally.rated);
            explanation.add("Scaled to the full " + itemCount + "-item range: " + tally.sum + " × " + itemCount
                    + " / " + tally.rated + " = " + score + " (rounded).");
        }
        Level level = null;
        for (Band band : framework.scoring().bands()) {
            if (band.contains((int) score)) {
                level = framework.level(band.level()).orElse(null);
                explanation.add(score + " is in the band " + band.min() + "–" + band.max() + " → "
                        + (level == null ? band.level() : level.name()) + ".");
                break;
            }
        }
        int unrated = itemCount - tally.rated - tally.notApplicable;
        if (unrated > 0) {
            explanation.add(unrated + " item" + (unrated == 1 ? " is" : "s are")
                    + " not rated yet, so the stage is provisional.");
        }
        return new ScoreResult(ScoringMethod.SUM_BANDS, itemCount, tally.rated, tally.notApplicable, tally.sum,
                score, max, level, scaled, sections, tally.items, List.of(), explanation);
    }
}
