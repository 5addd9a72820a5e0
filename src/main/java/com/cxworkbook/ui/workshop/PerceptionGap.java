package com.cxworkbook.ui.workshop;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.ScoreResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows for the perception-gap view: the agreed result, each group's and each participant's own score,
 * so the room sees where leadership and the front line see things differently.
 */
public final class PerceptionGap {

    /** One line: who, their score and stage, and how far their score is from the agreed one. */
    public record Row(String kind, String who, String score, String stage, String difference) {}

    private PerceptionGap() {}

    public static List<Row> rows(
            Framework framework, Assessment assessment, List<Participant> participants, ScoreResult agreed) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Agreed", "The room's agreed ratings", agreed.soFarText(), agreed.levelText(), ""));
        for (Map.Entry<String, ScoreResult> group :
                Consensus.groupScores(framework, assessment, participants).entrySet()) {
            rows.add(row("Group", group.getKey(), group.getValue(), agreed));
        }
        for (Participant participant : participants) {
            if (assessment.getParticipantRatings().containsKey(participant.getId())) {
                rows.add(row(
                        "Participant",
                        participant.getName() + " (" + participant.groupOrRole() + ")",
                        Consensus.participantScore(framework, assessment, participant),
                        agreed));
            }
        }
        return rows;
    }

    /**
     * A score from fewer than all items is a "so far", and two of those (or one and a complete one) are not
     * comparable: the row says how many items it comes from instead of a difference.
     */
    private static Row row(String kind, String who, ScoreResult result, ScoreResult agreed) {
        String difference = "";
        if (result.level() != null && result.isPartial()) {
            difference = "rated " + (result.rated() + result.notApplicable()) + " of " + result.itemCount()
                    + " items: not compared";
        } else if (result.level() != null && agreed.isPartial()) {
            difference = "agreed ratings incomplete: not compared";
        } else if (result.level() != null && agreed.level() != null) {
            double delta = result.score() - agreed.score();
            difference = delta == 0
                    ? "same"
                    : String.format(Locale.ROOT, delta == Math.rint(delta) ? "%+.0f" : "%+.1f", delta);
        }
        return new Row(kind, who, result.soFarText(), result.levelText(), difference);
    }
}
