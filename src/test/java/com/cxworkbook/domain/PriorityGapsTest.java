package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityGapsTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);

    private GapRow row(Assessment assessment, int item, Priority priority, Effort effort) {
        GapRow row = new GapRow(icmi.items().get(item).id());
        row.setPriority(priority);
        row.setEffort(effort);
        assessment.getGapRows().add(row);
        return row;
    }

    @Test
    void highPriorityFirstThenLargestGapAndDoneOrClosedGapsLeftOut() {
        Assessment assessment = new Assessment(icmi);
        List<Item> items = icmi.items();
        assessment.rate(items.get(0).id(), Rating.of(4));
        assessment.rate(items.get(1).id(), Rating.of(1));
        assessment.rate(items.get(2).id(), Rating.of(3));
        assessment.rate(items.get(3).id(), Rating.of(5));
        assessment.rate(items.get(4).id(), Rating.of(2));
        row(assessment, 0, Priority.HIGH, Effort.LOW);
        row(assessment, 2, Priority.MEDIUM, Effort.LOW);
        row(assessment, 3, Priority.HIGH, Effort.LOW); // rated 5: no gap left
        row(assessment, 4, Priority.HIGH, Effort.HIGH).setStatus(GapStatus.DONE);

        List<GapLine> ranked = PriorityGaps.ranked(icmi, assessment);
        assertEquals(
                List.of(items.get(0), items.get(2), items.get(1)),
                ranked.stream().map(GapLine::item).toList());
        assertEquals(
                List.of(items.get(0)),
                PriorityGaps.quickWins(icmi, assessment).stream()
                        .map(GapLine::item)
                        .toList());
    }
}
