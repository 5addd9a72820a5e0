package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-up rounds: what a new round starts with, what carries over, and how rounds chain. */
class RoundsTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final List<Item> items = icmi.items();

    private Assessment baseline() {
        Assessment baseline = new Assessment(icmi);
        baseline.setTitle("ICMI self-assessment");
        baseline.setTargetLevel("centric");
        baseline.rate(items.get(0).id(), Rating.of(2));
        baseline.rate(items.get(1).id(), Rating.NOT_APPLICABLE);
        baseline.rate(items.get(2).id(), Rating.of(4));
        baseline.getNotes().put(items.get(0).id(), "Front line cannot name the goals");
        baseline.getTargets().put(items.get(0).id(), 4);
        baseline.getGapRows()
                .add(row(items.get(0).id(), GapStatus.IN_PROGRESS, "Priya Shah", LocalDate.of(2027, 3, 31)));
        baseline.getGapRows().add(row(items.get(2).id(), GapStatus.DONE, "Marcus Lee", LocalDate.of(2027, 1, 31)));
        baseline.getGapRows().add(row(items.get(3).id(), null, null, null));
        return baseline;
    }

    private static GapRow row(String itemId, GapStatus status, String owner, LocalDate date) {
        GapRow row = new GapRow(itemId);
        row.setStatus(status);
        row.setOwner(owner);
        row.setTargetDate(date);
        row.setPriority(Priority.HIGH);
        row.setActions("Act on " + itemId);
        row.setRank(3);
        return row;
    }

    @Test
    void aFollowUpStartsUnratedWithTargetsAndTheOpenActions() {
        Assessment baseline = baseline();
        Assessment followUp = Rounds.followUp(baseline, icmi, LocalDate.of(2027, 5, 20));

        assertNotEquals(baseline.getId(), followUp.getId());
        assertEquals(baseline.getId(), followUp.getPreviousRound());
        assertEquals(LocalDate.of(2027, 5, 20), followUp.getAssessedOn());
        assertEquals("ICMI self-assessment", followUp.getTitle());
        assertEquals(icmi.id(), followUp.getFrameworkId());
        assertTrue(followUp.getRatings().isEmpty(), "previous ratings are a marker, not a pre-filled answer");
        assertTrue(followUp.getNotes().isEmpty(), "each round has its own notes");
        assertEquals("centric", followUp.getTargetLevel());
        assertEquals(baseline.getTargets(), followUp.getTargets());
        assertEquals(items.size(), followUp.getFrameworkItems().size());

        assertEquals(2, followUp.getGapRows().size(), "the done action stays behind: " + followUp.getGapRows());
        GapRow open = GapWorksheet.row(followUp, items.get(0).id());
        assertEquals(GapStatus.IN_PROGRESS, open.getStatus());
        assertEquals("Priya Shah", open.getOwner());
        assertEquals(LocalDate.of(2027, 3, 31), open.getTargetDate());
        assertEquals(Priority.HIGH, open.getPriority());
        assertEquals(3, open.getRank());
        assertNull(GapWorksheet.row(followUp, items.get(2).id()));
        assertTrue(GapWorksheet.row(followUp, items.get(3).id()) != null, "a row without status is still open");

        open.setOwner("Elena Petrova");
        assertEquals("Priya Shah", GapWorksheet.row(baseline, items.get(0).id()).getOwner(), "rows are copies");
        assertFalse(baseline.isClosed(), "followUp changes nothing; the caller closes the baseline");
    }

    @Test
    void roundsChainAndNumberFromTheBaseline() {
        Workbook workbook = new Workbook();
        workbook.setDate(LocalDate.of(2026, 11, 23));
        Assessment baseline = baseline();
        Assessment second = Rounds.followUp(baseline, icmi, LocalDate.of(2027, 5, 20));
        Assessment third = Rounds.followUp(second, icmi, LocalDate.of(2027, 11, 20));
        Assessment other = new Assessment(Frameworks.get(Frameworks.ASTUTE));
        workbook.getAssessments().addAll(List.of(third, other, baseline, second));

        assertEquals(List.of(baseline, second, third), Rounds.chain(workbook, second));
        assertEquals(List.of(other), Rounds.chain(workbook, other));
        assertEquals(third, Rounds.latest(workbook, baseline));
        assertEquals(1, Rounds.number(workbook, baseline));
        assertEquals(3, Rounds.number(workbook, third));
        assertEquals("Round 1 · 2026-11-23", Rounds.label(workbook, baseline), "a baseline takes the workbook's date");
        assertEquals("Round 2 · 2027-05-20", Rounds.label(workbook, second));
        assertTrue(Rounds.hasRounds(workbook, baseline));
        assertFalse(Rounds.hasRounds(workbook, other));
        assertEquals(baseline, Rounds.previous(workbook, second).orElseThrow());
    }

    @Test
    void aLoopInAHandEditedFileDoesNotHang() {
        Workbook workbook = new Workbook();
        Assessment a = new Assessment(icmi);
        Assessment b = new Assessment(icmi);
        a.setPreviousRound(b.getId());
        b.setPreviousRound(a.getId());
        workbook.getAssessments().addAll(List.of(a, b));
        assertEquals(2, Rounds.chain(workbook, a).size());
    }

    @Test
    void keepPreviousTakesOnlyUnratedItems() {
        Assessment baseline = baseline();
        Assessment followUp = Rounds.followUp(baseline, icmi, LocalDate.of(2027, 5, 20));
        followUp.rate(items.get(2).id(), Rating.of(5));
        List<String> kept = Rounds.keepPrevious(
                followUp,
                baseline,
                List.of(
                        items.get(0).id(),
                        items.get(1).id(),
                        items.get(2).id(),
                        items.get(5).id()));
        assertEquals(List.of(items.get(0).id(), items.get(1).id()), kept);
        assertEquals(Rating.of(2), followUp.getRatings().get(items.get(0).id()));
        assertEquals(
                Rating.NOT_APPLICABLE, followUp.getRatings().get(items.get(1).id()));
        assertEquals(Rating.of(5), followUp.getRatings().get(items.get(2).id()), "a new rating is never overwritten");
        assertFalse(followUp.getRatings().containsKey(items.get(5).id()), "unrated before: nothing to keep");
    }

    @Test
    void aFollowUpIsDatedOnOrAfterTheRoundItFollowsUp() {
        Workbook workbook = new Workbook();
        workbook.setDate(LocalDate.of(2026, 11, 23));
        Assessment baseline = baseline();
        workbook.getAssessments().add(baseline);
        assertTrue(Rounds.followUpDateProblem(workbook, baseline, LocalDate.of(2027, 5, 20))
                .isEmpty());
        assertTrue(
                Rounds.followUpDateProblem(workbook, baseline, LocalDate.of(2026, 11, 23))
                        .isEmpty(),
                "the same day is a round too");
        assertEquals(
                "A follow-up cannot be dated before Round 1 (2026-11-23); pick 2026-11-23 or later.",
                Rounds.followUpDateProblem(workbook, baseline, LocalDate.of(2026, 11, 22))
                        .orElseThrow());
        assertTrue(Rounds.followUpDateProblem(workbook, baseline, null).isPresent(), "a date is needed");

        Assessment second = Rounds.followUp(baseline, icmi, LocalDate.of(2027, 5, 20));
        workbook.getAssessments().add(second);
        assertEquals(
                "A follow-up cannot be dated before Round 2 (2027-05-20); pick 2027-05-20 or later.",
                Rounds.followUpDateProblem(workbook, second, LocalDate.of(2027, 1, 1))
                        .orElseThrow(),
                "a third round is checked against the second");
    }

    @Test
    void aFollowUpIsOfTheSameFramework() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Rounds.followUp(baseline(), Frameworks.get(Frameworks.ASTUTE), LocalDate.of(2027, 5, 20)));
    }
}
