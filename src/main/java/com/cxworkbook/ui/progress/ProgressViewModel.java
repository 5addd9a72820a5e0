package com.cxworkbook.ui.progress;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Progress;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.SectionResult;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress tab's content as plain text rows, from {@link Progress}: one line per round (score, stage,
 * how much is rated), section means per round, per item the change between the last two rounds with both
 * rounds' notes, and the actions completed in between. Partial rounds say "partial" and show only what was
 * rated. No Nodes; computed afresh each time the tab is shown.
 */
public class ProgressViewModel {

    /** One round: label, score, stage (with "provisional" while partial), "18 of 20 rated". */
    public record RoundLine(String round, String score, String stage, String rated) {}

    /** One section: name, then its mean rating per round ("–" when nothing is rated in that round). */
    public record SectionLine(String section, List<String> means, List<Double> values) {}

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

    public ProgressViewModel(Workbook workbook, Framework framework, com.cxworkbook.domain.Assessment assessment) {
        Progress progress = Progress.of(workbook, framework, assessment);
        for (Progress.Round round : progress.rounds()) {
            var result = round.result();
            rounds.add(new RoundLine(
                    round.label() + (round.partial() ? " (partial)" : ""),
                    result.scoreText(),
                    result.levelText(),
                    result.progressText()));
            roundLabels.add(round.label());
        }
        for (int s = 0; s < framework.sections().size(); s++) {
            List<String> means = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Progress.Round round : progress.rounds()) {
                SectionResult section = round.result().sections().get(s);
                values.add(section.mean());
                means.add(section.mean() == null ? "–" : String.format(Locale.ROOT, "%.1f", section.mean()));
            }
            sections.add(new SectionLine(framework.sections().get(s).name(), means, values));
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
}
