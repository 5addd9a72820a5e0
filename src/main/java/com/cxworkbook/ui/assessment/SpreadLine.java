package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.ItemSpread;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the spread strip under a grid row shows, without Nodes: each participant's rating of the item (a
 * dot per person), min–max, whether the room disagrees (spread ≥ 2) and the item's target beside the
 * agreed rating. Recomputed from the model whenever ratings, targets or participants change.
 *
 * @param dots       one per participant who rated the item on the scale, in participant order
 * @param target     the target value (own, the assessment's target level, or one above the agreed rating); null when none
 * @param ownTarget  true when the facilitator set this item's target, false when it is the default
 * @param agreed     the agreed rating's value; null when unrated or N/A
 */
public record SpreadLine(
        String itemId, List<Dot> dots, ItemSpread spread, Integer target, boolean ownTarget, Integer agreed) {

    /** One participant's rating: {@code groupIndex} tells groups apart (leadership vs front line) by colour. */
    public record Dot(String participant, String group, int groupIndex, int value) {}

    public SpreadLine {
        dots = List.copyOf(dots);
    }

    public static SpreadLine of(AssessmentModel model, String itemId) {
        Framework framework = model.framework();
        List<Participant> participants = model.participants();
        // Group colours follow the workbook's order of groups, so a group has the same colour on every row
        List<String> groups = groups(participants);
        List<Dot> dots = new ArrayList<>();
        for (Participant participant : participants) {
            Map<String, Rating> own = model.assessment().getParticipantRatings().get(participant.getId());
            Rating rating = own == null ? null : own.get(itemId);
            if (rating == null || rating.isNotApplicable() || !framework.scale().contains(rating.value())) {
                continue;
            }
            String group = participant.groupOrRole();
            String name = participant.getName() == null || participant.getName().isBlank()
                    ? "Unnamed"
                    : participant.getName();
            dots.add(new Dot(name, group, groups.indexOf(group), rating.value()));
        }
        ItemSpread spread = Consensus.spread(framework, model.assessment(), participants, itemId);
        Integer target = Consensus.target(framework, model.assessment(), itemId);
        boolean own = model.targets().containsKey(itemId)
                && model.targets().get(itemId).equals(target);
        Rating agreed = model.rating(itemId);
        return new SpreadLine(
                itemId, dots, spread, target, own, agreed == null || agreed.isNotApplicable() ? null : agreed.value());
    }

    /** The groups of the room in first-seen order; a dot's {@code groupIndex} is its group's place here. */
    public static List<String> groups(List<Participant> participants) {
        List<String> groups = new ArrayList<>();
        for (Participant participant : participants) {
            if (!groups.contains(participant.groupOrRole())) {
                groups.add(participant.groupOrRole());
            }
        }
        return groups;
    }

    /** Anyone in the room rated this item (N/A included). */
    public boolean hasRoomRatings() {
        return !spread.isEmpty() || spread.notApplicable() > 0;
    }

    /** Nothing to show: nobody rated it and it has no target. */
    public boolean isEmpty() {
        return !hasRoomRatings() && target == null;
    }

    public boolean disagreement() {
        return spread.disagreement();
    }

    /** "Room 2–5 · 4 ratings · 1 N/A", or "" when nobody rated the item. */
    public String summary() {
        if (!hasRoomRatings()) {
            return "";
        }
        StringBuilder text = new StringBuilder("Room ");
        if (spread.isEmpty()) {
            text.append("all N/A");
        } else {
            text.append(
                    spread.min() == spread.max() ? Integer.toString(spread.min()) : spread.min() + "–" + spread.max());
            text.append(" · ").append(plural(spread.values().size(), "rating"));
        }
        if (!spread.isEmpty() && spread.notApplicable() > 0) {
            text.append(" · ").append(spread.notApplicable()).append(" N/A");
        }
        return text.toString();
    }

    public String disagreementText() {
        return "Discuss: spread " + spread.spread();
    }

    /** "Target 4" for a target the facilitator set, "Next 4" for the default one level up, "Top level" at the top. */
    public String targetText() {
        if (target == null) {
            return "";
        }
        if (!ownTarget && agreed != null && agreed >= target) {
            return "Top level";
        }
        return (ownTarget ? "Target " : "Next ") + target;
    }

    public boolean targetReached() {
        return target != null && agreed != null && agreed >= target;
    }

    /** Everything the strip shows, in one sentence for a screen reader. */
    public String accessibleText() {
        StringBuilder text = new StringBuilder();
        for (Dot dot : dots) {
            text.append(dot.participant()).append(' ').append(dot.value()).append(", ");
        }
        text.append(summary().isEmpty() ? "No participant ratings" : summary());
        if (disagreement()) {
            text.append(". ").append(disagreementText());
        }
        if (target != null) {
            text.append(". ").append(ownTarget ? "Target " : "Default target ").append(target);
        }
        return text.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
