package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * salesEQUITY, Attract/Convert/Advocate: each item is a characteristic of a stage and is met when rated at
 * or above the threshold. The stage reached is the highest one whose applicable characteristics are all
 * met; the lowest stage is the floor. The next stage's unmet characteristics are the next steps.
 */
final class StageChecklistScoring implements ScoringStrategy {

    @Override
    public ScoreResult score(Framework framework, Map<String, Rating> ratings) {
        Tally tally = new Tally(framework, ratings);
        int threshold = framework.scoring().threshold() == null ? framework.scale().max() : framework.scoring().threshold();
        List<SectionResult> sections = new ArrayList<>();
        for (Section section : framework.sections()) {
            Level level = section.level() == null ? null : framework.level(section.level()).orElse(null);
            sections.add(Tally.section(framework, section, ratings, level, threshold));
        }
        List<String> explanation = new ArrayList<>();
        List<Level> levels = framework.levels();
        if (tally.rated == 0) {
            explanation.add("No item is rated yet.");
            return new ScoreResult(ScoringMethod.STAGE_CHECKLIST, framework.itemCount(), 0, tally.notApplicable, 0,
                    0, levels.size(), null, false, sections, tally.items, List.of(), explanation);
        }
        explanation.add("A characteristic counts as met when rated " + framework.scale().label(threshold)
                + " (" + threshold + ") or higher.");
        int reached = -1;
        List<List<Item>> unmetByLevel = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            List<Item> unmet = new ArrayList<>();
            int applicable = 0;
            for (ItemScore score : tally.items) {
                if (!level.id().equals(framework.stageOf(score.item()))) {
                    continue;
                }
                Rating rating = score.rating();
                if (rating != null && rating.isNotApplicable()) {
                    continue;
                }
                applicable++;
                if (rating == null || rating.value() < threshold) {
                    unmet.add(score.item());
                }
            }
            unmetByLevel.add(unmet);
            if (applicable > 0 && unmet.isEmpty()) {
                reached = i;
                explanation.add(level.name() + ": all " + applicable + " characteristic" + (applicable == 1 ? "" : "s") + " met.");
            } else if (applicable > 0) {
                explanation.add(level.name() + ": " + (applicable - unmet.size()) + " of " + applicable + " met.");
            } else {
                explanation.add(level.name() + ": every characteristic is N/A.");
            }
        }
        Level level;
        if (reached < 0) {
            level = levels.get(0);
            reached = 0;
            explanation.add("No stage has all its characteristics met; " + level.name() + " is the starting point.");
        } else {
            level = levels.get(reached);
            explanation.add("Highest stage with every characteristic met: " + level.name() + ".");
        }
        List<Item> nextSteps = reached + 1 < levels.size() ? unmetByLevel.get(reached + 1) : List.of();
        if (!nextSteps.isEmpty()) {
            explanation.add("Next: " + levels.get(reached + 1).name() + " needs " + Tally.itemList(nextSteps) + ".");
        }
        int unrated = framework.itemCount() - tally.rated - tally.notApplicable;
        if (unrated > 0) {
            explanation.add(unrated + " item" + (unrated == 1 ? " is" : "s are") + " not rated yet, so the stage is provisional.");
        }
        return new ScoreResult(ScoringMethod.STAGE_CHECKLIST, framework.itemCount(), tally.rated, tally.notApplicable,
                tally.sum, reached + 1, levels.size(), level, false, sections, tally.items, nextSteps, explanation);
    }
}
