package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * salesEQUITY, Attract/Convert/Advocate: stages described by characteristics. Each characteristic is
 * answered "describes us" (rated at or above the threshold) or "does not" (below it), or is N/A.
 *
 * <p>Best fit: the stage reached is the <em>highest stage most of whose applicable characteristics describe
 * the organisation</em> (more than half of them); when no stage has a majority, the lowest stage is the
 * starting point. Lower stages are not required, because a stage model describes what an organisation looks
 * like at each stage, and salesEQUITY's lower stages are deficiencies ("No Standard Way to Measure Client
 * Feedback") a mature client no longer has. The rule only goes up when an answer goes from "does not" to
 * "describes us", so the unrated characteristics bound the result: all "does not" gives the lowest stage
 * the assessment can end on, all "describes us" the highest. Worked examples: docs/FRAMEWORK_FORMAT.md.
 */
final class StageChecklistScoring implements ScoringStrategy {

    /** One stage's answers. */
    record StageCount(Level level, int applicable, int describes, int unrated, List<Item> doesNot) {

        boolean majority(int describing) {
            return 2 * describing > applicable;
        }
    }

    @Override
    public ScoreResult score(Framework framework, Map<String, Rating> ratings) {
        Tally tally = new Tally(framework, ratings);
        int threshold = threshold(framework);
        List<SectionResult> sections = new ArrayList<>();
        for (Section section : framework.sections()) {
            Level level = section.level() == null
                    ? null
                    : framework.level(section.level()).orElse(null);
            sections.add(Tally.section(framework, section, ratings, level, threshold));
        }
        List<String> explanation = new ArrayList<>();
        List<Level> levels = framework.levels();
        if (tally.rated == 0) {
            explanation.add("No characteristic is rated yet.");
            return new ScoreResult(
                    ScoringMethod.STAGE_CHECKLIST,
                    framework.itemCount(),
                    0,
                    tally.notApplicable,
                    0,
                    0,
                    levels.size(),
                    null,
                    false,
                    sections,
                    tally.items,
                    List.of(),
                    explanation,
                    null);
        }
        if (framework.scale().max() > 1) {
            explanation.add("A characteristic describes you when rated "
                    + framework.scale().label(threshold) + " (" + threshold + ") or higher.");
        }
        List<StageCount> counts = counts(framework, tally.items, threshold);
        for (int i = 0; i < counts.size(); i++) {
            explanation.add(stageLine(i, counts.get(i)));
        }
        int low = reached(counts, false);
        int high = reached(counts, true);
        Level level = levels.get(low);
        if (majorityAt(counts, low)) {
            explanation.add("Best fit: the highest stage where most characteristics describe you is "
                    + stageName(low, level) + ".");
        } else {
            explanation.add("No stage has most of its characteristics describing you; " + stageName(low, level)
                    + " is the starting point.");
        }
        int unrated = framework.itemCount() - tally.rated - tally.notApplicable;
        ScoreRange range = null;
        if (unrated > 0) {
            range = new ScoreRange(low + 1, high + 1, level, levels.get(high));
            explanation.add(unrated + " characteristic" + (unrated == 1 ? " is" : "s are") + " not rated yet: "
                    + (range.levelSettled()
                            ? "they cannot change the stage."
                            : "the stage can still be " + stageName(low, level) + " to "
                                    + stageName(high, levels.get(high)) + "."));
        }
        List<Item> nextSteps = low + 1 < levels.size() ? counts.get(low + 1).doesNot() : List.of();
        if (!nextSteps.isEmpty()) {
            explanation.add("Next: " + stageName(low + 1, levels.get(low + 1)) + " — not yet: "
                    + Tally.itemList(nextSteps) + ".");
        }
        return new ScoreResult(
                ScoringMethod.STAGE_CHECKLIST,
                framework.itemCount(),
                tally.rated,
                tally.notApplicable,
                tally.sum,
                low + 1,
                levels.size(),
                level,
                false,
                sections,
                tally.items,
                nextSteps,
                explanation,
                range);
    }

    static int threshold(Framework framework) {
        return framework.scoring().threshold() == null
                ? framework.scale().max()
                : framework.scoring().threshold();
    }

    static List<StageCount> counts(Framework framework, List<ItemScore> items, int threshold) {
        List<StageCount> counts = new ArrayList<>();
        for (Level level : framework.levels()) {
            int applicable = 0;
            int describes = 0;
            int unrated = 0;
            List<Item> doesNot = new ArrayList<>();
            for (ItemScore score : items) {
                if (!level.id().equals(framework.stageOf(score.item()))) {
                    continue;
                }
                Rating rating = score.rating();
                if (rating != null && rating.isNotApplicable()) {
                    continue;
                }
                applicable++;
                if (rating == null) {
                    unrated++;
                } else if (rating.value() >= threshold) {
                    describes++;
                } else {
                    doesNot.add(score.item());
                }
            }
            counts.add(new StageCount(level, applicable, describes, unrated, doesNot));
        }
        return counts;
    }

    /** Index of the best-fit stage, with the unrated characteristics as "does not" or as "describes us". */
    static int reached(List<StageCount> counts, boolean unratedDescribe) {
        for (int i = counts.size() - 1; i >= 0; i--) {
            StageCount count = counts.get(i);
            if (count.majority(count.describes() + (unratedDescribe ? count.unrated() : 0))) {
                return i;
            }
        }
        return 0;
    }

    private static boolean majorityAt(List<StageCount> counts, int index) {
        return counts.get(index).majority(counts.get(index).describes());
    }

    /** "Stage 3 (Defined): 3 of 3 describe you", with the unrated and N/A ones said. */
    private static String stageLine(int index, StageCount count) {
        String name = stageName(index, count.level());
        if (count.applicable() == 0) {
            return name + ": every characteristic is N/A.";
        }
        String text = name + ": " + count.describes() + " of " + count.applicable()
                + (count.describes() == 1 ? " describes" : " describe") + " you";
        if (count.unrated() > 0) {
            text += " (" + count.unrated() + " not rated)";
        }
        return text + ".";
    }

    static String stageName(int index, Level level) {
        return "Stage " + (index + 1) + " (" + level.name() + ")";
    }
}
