package com.cxworkbook.ui.progress;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Progress;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.chart.RadarSeries;
import com.cxworkbook.ui.chart.ScorePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress tab's content as plain text rows, from {@link Progress}: one line per round (score, stage,
 * how much is rated), section means per round (the radar's series, one colour per round), the score per
 * round (the line chart's points), per item the change between the last two rounds with both rounds' notes,
 * and the actions completed in between. Partial rounds say "partial", show what was rated so far and the
 * range the rest can still take, never a projected score. No Nodes; computed afresh each time the tab is
 * shown.
 */
public class ProgressViewModel {

    /** One round: label, score, stage (with "provisional" while partial), "18 of 20 rated". */
    public record RoundLine(String round, String score, String stage, String rated) {}

    /**
     * One section: name, its result per round as text ("–" when nothing is rated in that round) and as
     * numbers, and as points for its small chart (a point when fully rated, the range while partly rated).
     */
    public record SectionLine(String section, List<String> means, List<Double> values, List<ScorePoint> points) {}

    /** One item: section, activity, before, now, the change symbol and both rounds' notes. */
    public record ItemLine(
            String itemId,
            String section,
            String activity,
            String before,
            String now,
            String change,
            String noteBefore,
            String noteNow) {}

    private final List<RoundLine> rounds = new ArrayList<>();
    private final List<String> roundLabels = new ArrayList<>();
    private final List<SectionLine> sections = new ArrayList<>();
    private final List<ItemLine> items = new ArrayList<>();
    private final List<String> completed = new ArrayList<>();
    private final List<RadarSeries> radarSeries = new ArrayList<>();
    private final List<ScorePoint> scorePoints = new ArrayList<>();
    private List<SectionProfile> radarAxes = List.of();
    private final double scoreMin;
    private final double scoreMax;
    private final String scoreName;

    public ProgressViewModel(Workbook workbook, Framework framework, Assessment assessment) {
        Progress progress = Progress.of(workbook, framework, assessment);
        List<List<SectionProfile>> profiles = new ArrayList<>();
        int count = progress.rounds().size();
        for (int r = 0; r < count; r++) {
            Progress.Round round = progress.rounds().get(r);
            ScoreResult result = round.result();
            String label = round.label() + (round.partial() ? " (partial)" : "");
            rounds.add(new RoundLine(label, result.scoreText(), result.levelText(), result.progressText()));
            roundLabels.add(round.label());
            List<SectionProfile> roundProfiles = SectionProfile.of(framework, round.assessment(), result);
            profiles.add(roundProfiles);
            radarSeries.add(RadarSeries.of(label, colour(r), r == count - 1, roundProfiles));
            scorePoints.add(point(round.label(), result, colour(r)));
        }
        if (!profiles.isEmpty()) {
            radarAxes = profiles.get(profiles.size() - 1);
        }
        ScoreResult latest = progress.rounds().isEmpty()
                ? null
                : progress.rounds().get(count - 1).result();
        scoreMin = latest != null && latest.method() == ScoringMethod.MEAN_LEVEL
                ? framework.scale().min()
                : 0;
        scoreMax = latest == null ? 1 : latest.maxScore();
        scoreName = latest == null ? "Score" : scoreName(latest.method());
        for (int s = 0; s < framework.sections().size(); s++) {
            List<String> means = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<ScorePoint> points = new ArrayList<>();
            for (int r = 0; r < profiles.size(); r++) {
                SectionProfile section = profiles.get(r).get(s);
                values.add(section.result());
                means.add(meanText(section));
                // "Round 1": the small charts have no room for the date
                points.add(sectionPoint(roundLabels.get(r).split(" · ")[0], section, colour(r)));
            }
            sections.add(new SectionLine(framework.sections().get(s).name(), means, values, points));
        }
        for (Progress.ItemChange change : progress.items()) {
            Item item = change.item();
            items.add(new ItemLine(
                    item.id(),
                    change.section().name(),
                    item.displayName(),
                    text(change.before()),
                    text(change.after()),
                    change.direction().symbol()
                            + (change.delta() == null || change.delta() == 0
                                    ? ""
                                    : " " + (change.delta() > 0 ? "+" : "") + change.delta()),
                    change.noteBefore() == null ? "" : change.noteBefore(),
                    change.noteAfter() == null ? "" : change.noteAfter()));
        }
        for (GapRow row : progress.completed()) {
            String name = framework.item(row.getItemId()).map(Item::displayName).orElse(row.getItemId());
            String actions = row.getActions() == null ? "" : ": " + GapChange.label(row.getActions());
            String owner = row.getOwner() == null ? "" : " (" + row.getOwner() + ")";
            completed.add(name + actions + owner);
        }
    }

    /** Rounds take the series colours in turn (four in app.css), so round 1 has the same colour everywhere. */
    static int colour(int roundIndex) {
        return roundIndex % 4;
    }

    /** A section's result in a round: "3.5", "3.0 so far (2.2–3.8)" while partly rated, "–" when unrated. */
    private static String meanText(SectionProfile section) {
        if (section.result() == null) {
            return "–";
        }
        String mean = String.format(Locale.ROOT, "%.1f", section.result());
        return section.isPartial()
                ? String.format(Locale.ROOT, "%s so far (%.1f–%.1f)", mean, section.low(), section.high())
                : mean;
    }

    /** A section in one round: its result when fully rated, only its range while partly rated. */
    private static ScorePoint sectionPoint(String label, SectionProfile section, int colour) {
        if (section.isPartial()) {
            return new ScorePoint(
                    label,
                    null,
                    section.low(),
                    section.high(),
                    String.format(Locale.ROOT, "%.1f–%.1f", section.low(), section.high()),
                    colour);
        }
        if (section.result() == null) {
            return new ScorePoint(label, null, null, null, "–", colour);
        }
        return new ScorePoint(
                label, section.result(), null, null, String.format(Locale.ROOT, "%.1f", section.result()), colour);
    }

    /** The bottom and top of the sections' scale, for the small charts' axes. */
    public double sectionMin() {
        return radarAxes.isEmpty() ? 0 : radarAxes.get(0).bottom();
    }

    public double sectionMax() {
        return radarAxes.isEmpty() ? 1 : radarAxes.get(0).top();
    }

    /** A fully rated round is a point; a partial one is its range only (nothing projected); unrated is neither. */
    private static ScorePoint point(String label, ScoreResult result, int colour) {
        if (result.rated() == 0) {
            return new ScorePoint(label, null, null, null, "not rated", colour);
        }
        if (result.isPartial()) {
            return new ScorePoint(
                    label,
                    null,
                    result.range().low(),
                    result.range().high(),
                    result.rangeText() + " (partial)",
                    colour);
        }
        return new ScorePoint(label, result.score(), null, null, result.scoreText(), colour);
    }

    private static String scoreName(ScoringMethod method) {
        return switch (method) {
            case SUM_BANDS -> "Total score per round";
            case MEAN_LEVEL -> "Mean level per round";
            case STAGE_CHECKLIST -> "Stage per round";
        };
    }

    private static String text(Rating rating) {
        if (rating == null) {
            return "not rated";
        }
        return rating.isNotApplicable() ? "N/A" : Integer.toString(rating.value());
    }

    public List<RoundLine> rounds() {
        return rounds;
    }

    public List<String> roundLabels() {
        return roundLabels;
    }

    public List<SectionLine> sections() {
        return sections;
    }

    public List<ItemLine> items() {
        return items;
    }

    public List<String> completed() {
        return completed;
    }

    /** The radar's axes: the latest round's sections (their targets drawn dashed). */
    public List<SectionProfile> radarAxes() {
        return radarAxes;
    }

    /** One radar series per round, the latest emphasised; partly rated sections carry their range. */
    public List<RadarSeries> radarSeries() {
        return radarSeries;
    }

    /** The score per round for the line chart: a point when fully rated, a range while partial. */
    public List<ScorePoint> scorePoints() {
        return scorePoints;
    }

    public double scoreMin() {
        return scoreMin;
    }

    public double scoreMax() {
        return scoreMax;
    }

    /** "Total score per round", "Mean level per round" or "Stage per round": the line chart's heading. */
    public String scoreName() {
        return scoreName;
    }
}
