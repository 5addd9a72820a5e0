package com.cxworkbook.ui.dashboard;

import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.PriorityGaps;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.domain.SectionResult;
import com.cxworkbook.ui.assessment.SpreadLine;
import com.cxworkbook.ui.chart.GroupOverlay;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows for one assessment, worked out from its live model: stage and score, the stage
 * ladder (reached stage, and the range of stages still possible while items are unrated), completion, the
 * radar's section profiles with each group's results, and the three highest-priority open gaps. No Nodes,
 * so it is tested without the toolkit; {@link #of} is cheap (a few scorings) and is re-run on every change.
 */
public record DashboardCard(
        AssessmentModel model,
        String title,
        String stage,
        String score,
        String progress,
        double completion,
        List<String> ladder,
        int reached,
        int lowest,
        int highest,
        List<SectionProfile> sections,
        List<GroupOverlay> groups,
        List<String> topGaps) {

    static final int TOP_GAPS = 3;

    public static DashboardCard of(AssessmentModel model) {
        Framework framework = model.framework();
        ScoreResult result = model.result();
        List<String> ladder = framework.levels().stream().map(Level::name).toList();
        int reached = result.level() == null
                ? -1
                : framework.levelIndex(result.level().id());
        int lowest = reached;
        int highest = reached;
        if (result.isProvisional()) {
            // the stage with every unrated item at the bottom of the scale, and at the top
            lowest = levelIndex(
                    framework,
                    Scorer.score(framework, filled(model, framework.scale().min())));
            highest = levelIndex(
                    framework,
                    Scorer.score(framework, filled(model, framework.scale().max())));
        }
        int answered = result.rated() + result.notApplicable();
        double completion = result.itemCount() == 0 ? 0 : (double) answered / result.itemCount();
        List<SectionProfile> sections = SectionProfile.of(framework, model.assessment(), result);
        return new DashboardCard(
                model,
                model.title(),
                result.levelText(),
                result.scoreText(),
                result.progressText(),
                completion,
                ladder,
                reached,
                lowest,
                highest,
                sections,
                groups(model),
                topGaps(model));
    }

    public boolean isPartial() {
        return lowest != highest;
    }

    private static int levelIndex(Framework framework, ScoreResult score) {
        return score.level() == null ? -1 : framework.levelIndex(score.level().id());
    }

    private static Map<String, Rating> filled(AssessmentModel model, int value) {
        Map<String, Rating> ratings = new HashMap<>(model.assessment().getRatings());
        for (Item item : model.framework().items()) {
            Rating rating = ratings.get(item.id());
            if (rating == null
                    || (!rating.isNotApplicable() && !model.framework().scale().contains(rating.value()))) {
                ratings.put(item.id(), Rating.of(value));
            }
        }
        return ratings;
    }

    /** Each group's section means, when the room rated; colours follow the grid's group order. */
    private static List<GroupOverlay> groups(AssessmentModel model) {
        List<Participant> participants = model.participants();
        if (participants.isEmpty() || model.assessment().getParticipantRatings().isEmpty()) {
            return List.of();
        }
        List<String> order = SpreadLine.groups(participants);
        List<GroupOverlay> overlays = new ArrayList<>();
        Consensus.groupScores(model.framework(), model.assessment(), participants)
                .forEach((group, score) -> {
                    List<Double> means =
                            score.sections().stream().map(SectionResult::mean).toList();
                    overlays.add(new GroupOverlay(group, Math.max(0, order.indexOf(group)) % 4, means));
                });
        return overlays;
    }

    private static List<String> topGaps(AssessmentModel model) {
        List<String> lines = new ArrayList<>();
        for (GapLine line : PriorityGaps.ranked(model.framework(), model.assessment())) {
            if (lines.size() == TOP_GAPS) {
                break;
            }
            GapRow row = line.row();
            String priority = row == null || row.getPriority() == null
                    ? "No priority"
                    : row.getPriority().label();
            String owner =
                    row == null || row.getOwner() == null || row.getOwner().isBlank() ? "no owner" : row.getOwner();
            String date = row == null || row.getTargetDate() == null
                    ? "no date"
                    : row.getTargetDate().toString();
            lines.add(priority + " · " + line.item().displayName() + " (gap " + line.gap() + ") — " + owner + ", "
                    + date);
        }
        return lines;
    }
}
