package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress over rounds: per-round results, per-item change with both rounds' notes, actions completed between. */
class ProgressTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final List<Item> items = icmi.items();

    @Test
    void comparesTheLastTwoRoundsItemByItem() {
        Workbook workbook = new Workbook();
        workbook.setDate(LocalDate.of(2026, 11, 23));
        Assessment baseline = new Assessment(icmi);
        for (Item item : items) {
            baseline.rate(item.id(), Rating.of(2));
        }
        baseline.getNotes().put(items.get(0).id(), "no shared goals");
        GapRow done = new GapRow(items.get(1).id());
        done.setStatus(GapStatus.DONE);
        GapRow open = new GapRow(items.get(2).id());
        open.setStatus(GapStatus.IN_PROGRESS);
        baseline.getGapRows().addAll(List.of(done, open));
        Assessment followUp = Rounds.followUp(baseline, icmi, LocalDate.of(2027, 5, 20));
        GapWorksheet.row(followUp, items.get(2).id()).setStatus(GapStatus.DONE);
        followUp.rate(items.get(0).id(), Rating.of(4));
        followUp.getNotes().put(items.get(0).id(), "goals on every team board");
        followUp.rate(items.get(1).id(), Rating.of(1));
        followUp.rate(items.get(2).id(), Rating.of(2));
        followUp.rate(items.get(3).id(), Rating.NOT_APPLICABLE);
        workbook.getAssessments().addAll(List.of(baseline, followUp));

        Progress progress = Progress.of(workbook, icmi, baseline);
        assertEquals(2, progress.rounds().size());
        assertEquals("Round 1 · 2026-11-23", progress.rounds().get(0).label());
        assertFalse(progress.rounds().get(0).partial());
        assertEquals(40, progress.rounds().get(0).result().score(), 0.001);
        assertTrue(progress.rounds().get(1).partial(), "a partly rated follow-up says so");
        assertEquals(3, progress.rounds().get(1).result().rated(), "only what was rated counts; nothing is projected");

        Progress.ItemChange first = progress.items().get(0);
        assertEquals(Progress.Direction.UP, first.direction());
        assertEquals(2, first.delta());
        assertEquals("no shared goals", first.noteBefore());
        assertEquals("goals on every team board", first.noteAfter());
        assertEquals(Progress.Direction.DOWN, progress.items().get(1).direction());
        assertEquals(Progress.Direction.SAME, progress.items().get(2).direction());
        assertEquals(Progress.Direction.NONE, progress.items().get(3).direction(), "N/A now: not comparable");
        assertNull(progress.items().get(4).delta(), "unrated now");

        assertEquals(
                List.of(items.get(1).id(), items.get(2).id()),
                progress.completed().stream().map(GapRow::getItemId).toList(),
                "done before the follow-up started, and done during it");
        assertEquals(
                java.util.Set.of(items.get(1).id(), items.get(2).id()),
                Progress.doneSince(baseline, followUp),
                "what the follow-up's worksheet marks as done since round 1");
        assertTrue(Progress.doneSince(null, baseline).isEmpty(), "a baseline has nothing to compare with");
    }

    @Test
    void aSingleRoundHasNothingToCompare() {
        Workbook workbook = new Workbook();
        Assessment only = new Assessment(icmi);
        workbook.getAssessments().add(only);
        Progress progress = Progress.of(workbook, icmi, only);
        assertEquals(1, progress.rounds().size());
        assertTrue(progress.items().isEmpty());
        assertTrue(progress.completed().isEmpty());
    }
}
