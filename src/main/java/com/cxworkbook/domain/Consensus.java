package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns participants' own ratings into what the facilitator needs: the spread per item, a proposed agreed
 * rating (the median), and scores per participant and per group — the perception gap between, say,
 * leadership and the front line.
 */
public final class Consensus {

    private Consensus() {}

    public static ItemSpread spread(
            Framework framework, Assessment assessment, List<Participant> participants, String itemId) {
        List<Integer> values = new ArrayList<>();
        int notApplicable = 0;
        for (Participant participant : participants) {
            Map<String, Rating> own = assessment.getParticipantRatings().get(participant.getId());
            Rating rating = own == null ? null : Tally.valid(framework, own.get(itemId));
            if (rating == null) {
                continue;
            }
            if (rating.isNotApplicable()) {
                notApplicable++;
            } else {
                values.add(rating.value());
            }
        }
        return new ItemSpread(itemId, values, notApplicable);
    }

    /** Spread of every item, in framework order. */
    public static List<ItemSpread> spreads(Framework framework, Assessment assessment, List<Participant> participants) {
        List<ItemSpread> spreads = new ArrayList<>();
        for (Item item : framework.items()) {
            spreads.add(spread(framework, assessment, participants, item.id()));
        }
        return spreads;
    }

    /** Items where the room disagrees by two levels or more, in framework order. */
    public static List<ItemSpread> disagreements(
            Framework framework, Assessment assessment, List<Participant> participants) {
        return spreads(framework, assessment, participants).stream()
                .filter(ItemSpread::disagreement)
                .toList();
    }

    /** The median of the room for every item someone rated: what "agreed" defaults to. */
    public static Map<String, Rating> medianRatings(
            Framework framework, Assessment assessment, List<Participant> participants) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        for (ItemSpread spread : spreads(framework, assessment, participants)) {
            Rating suggested = spread.suggestedRating();
            if (suggested != null) {
                ratings.put(spread.itemId(), suggested);
            }
        }
        return ratings;
    }

    public static ScoreResult participantScore(Framework framework, Assessment assessment, Participant participant) {
        Map<String, Rating> own = assessment.getParticipantRatings().get(participant.getId());
        return Scorer.score(framework, own == null ? Map.of() : own);
    }

    /** Score per group (median of the group's members per item), groups in first-seen order. */
    public static Map<String, ScoreResult> groupScores(
            Framework framework, Assessment assessment, List<Participant> participants) {
        Map<String, List<Participant>> groups = new LinkedHashMap<>();
        for (Participant participant : participants) {
            if (assessment.getParticipantRatings().containsKey(participant.getId())) {
                groups.computeIfAbsent(participant.groupOrRole(), g -> new ArrayList<>())
                        .add(participant);
            }
        }
        Map<String, ScoreResult> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<Participant>> group : groups.entrySet()) {
            scores.put(group.getKey(), Scorer.score(framework, medianRatings(framework, assessment, group.getValue())));
        }
        return scores;
    }

    /** Target value of an item: its own target, else the assessment's target level, else one above current (not for stage models). */
    public static Integer target(Framework framework, Assessment assessment, String itemId) {
        Integer own = assessment.getTargets().get(itemId);
        if (own != null && framework.scale().contains(own)) {
            return own;
        }
        if (assessment.getTargetLevel() != null && framework.scoring().method() == ScoringMethod.MEAN_LEVEL) {
            int index = framework.levelIndex(assessment.getTargetLevel());
            if (index >= 0) {
                return framework.scale().min() + index;
            }
        }
        if (framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST) {
            // a stage model's characteristic is a description, not a ladder: "one above" means nothing
            return null;
        }
        Rating current = Tally.valid(framework, assessment.getRatings().get(itemId));
        if (current == null || current.isNotApplicable()) {
            return null;
        }
        return Math.min(framework.scale().max(), current.value() + 1);
    }

    /** Gap from the current rating to the item's target; null for N/A, unrated or no target. */
    public static Integer gapToTarget(Framework framework, Assessment assessment, String itemId) {
        Rating current = Tally.valid(framework, assessment.getRatings().get(itemId));
        Integer target = target(framework, assessment, itemId);
        if (current == null || current.isNotApplicable() || target == null) {
            return null;
        }
        return Math.max(0, target - current.value());
    }

    /** Counts how many participants rated each item (for "everyone has entered" checks). */
    public static Map<String, Integer> responses(Assessment assessment) {
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Rating> own : assessment.getParticipantRatings().values()) {
            for (String itemId : own.keySet()) {
                counts.merge(itemId, 1, Integer::sum);
            }
        }
        return counts;
    }
}
