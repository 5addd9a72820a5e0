package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An assessment's progress over its rounds: score and stage per round (a partial round says so and is
 * never projected), section results per round, per item the change between the last two rounds with both
 * rounds' notes, and the gap actions completed between them.
 */
public record Progress(List<Round> rounds, List<ItemChange> items, List<GapRow> completed) {

    /** One round as scored. */
    public record Round(Assessment assessment, String label, ScoreResult result) {
        /** True while items are unrated: the score is "so far" and nothing is made up for the rest. */
        public boolean partial() {
            return result.isPartial();
        }
    }

    /** ↑ rated higher, ↓ lower, = the same; NEW rated now but not before; NONE not comparable (unrated or N/A). */
    public enum Direction {
        UP("↑"),
        DOWN("↓"),
        SAME("="),
        NEW("new"),
        NONE("");

        private final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** One item between the previous and the latest round. */
    public record ItemChange(
            Section section, Item item, Rating before, Rating after, String noteBefore, String noteAfter) {
        public Direction direction() {
            boolean had = before != null && !before.isNotApplicable();
            boolean has = after != null && !after.isNotApplicable();
            if (!has) {
                return Direction.NONE;
            }
            if (!had) {
                return Direction.NEW;
            }
            int delta = after.value() - before.value();
            return delta > 0 ? Direction.UP : delta < 0 ? Direction.DOWN : Direction.SAME;
        }

        /** The change in rating, null when either round has no rating to compare. */
        public Integer delta() {
            Direction d = direction();
            return d == Direction.NONE || d == Direction.NEW ? null : after.value() - before.value();
        }
    }

    public Progress {
        rounds = List.copyOf(rounds);
        items = List.copyOf(items);
        completed = List.copyOf(completed);
    }

    /** Progress of {@code any} round's chain; with one round, there is nothing to compare yet. */
    public static Progress of(Workbook workbook, Framework framework, Assessment any) {
        List<Assessment> chain = Rounds.chain(workbook, any);
        List<Round> rounds = new ArrayList<>();
        for (Assessment round : chain) {
            rounds.add(new Round(round, Rounds.label(workbook, round), Scorer.score(framework, round)));
        }
        List<ItemChange> items = new ArrayList<>();
        List<GapRow> completed = new ArrayList<>();
        if (chain.size() >= 2) {
            Assessment before = chain.get(chain.size() - 2);
            Assessment after = chain.get(chain.size() - 1);
            for (Section section : framework.sections()) {
                for (Item item : section.items()) {
                    items.add(new ItemChange(
                            section,
                            item,
                            before.getRatings().get(item.id()),
                            after.getRatings().get(item.id()),
                            before.getNotes().get(item.id()),
                            after.getNotes().get(item.id())));
                }
            }
            completed.addAll(completedBetween(before, after));
        }
        return new Progress(rounds, items, completed);
    }

    /**
     * The activities of {@code round}'s gap worksheet whose action was completed since {@code previous} was
     * assessed (see {@link #completedBetween}): what the worksheet marks "Done since Round n".
     */
    public static Set<String> doneSince(Assessment previous, Assessment round) {
        Set<String> items = new LinkedHashSet<>();
        if (previous != null) {
            completedBetween(previous, round).forEach(row -> items.add(row.getItemId()));
        }
        return items;
    }

    /**
     * Gap actions completed between two rounds: rows done in the earlier round (closed since it was
     * assessed, as the client's gap sheet reported) or done in the later one after being carried over open.
     */
    public static List<GapRow> completedBetween(Assessment before, Assessment after) {
        List<GapRow> done = new ArrayList<>();
        for (GapRow row : before.getGapRows()) {
            GapRow later = GapWorksheet.row(after, row.getItemId());
            if (row.getStatus() == GapStatus.DONE || (later != null && later.getStatus() == GapStatus.DONE)) {
                done.add(row.getStatus() == GapStatus.DONE ? row : later);
            }
        }
        for (GapRow row : after.getGapRows()) {
            if (row.getStatus() == GapStatus.DONE
                    && done.stream().noneMatch(d -> Objects.equals(d.getItemId(), row.getItemId()))) {
                done.add(row);
            }
        }
        return done;
    }
}
