package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapWorksheetTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);

    @Test
    void oneLinePerItemInToolkitOrderWithGapToFive() {
        Assessment assessment = new Assessment(icmi);
        assessment.rate("organizational-alignment", Rating.of(2));
        assessment.rate("goals-and-objectives", Rating.NOT_APPLICABLE);
        GapRow row = new GapRow("organizational-alignment");
        assessment.getGapRows().add(row);
        List<GapLine> lines = GapWorksheet.lines(icmi, assessment);
        assertEquals(20, lines.size());
        assertEquals("Organizational Alignment", lines.get(0).item().displayName());
        assertEquals("Reporting Tool/System", lines.get(19).item().displayName());
        assertEquals(3, lines.get(0).gap());
        assertSame(row, lines.get(0).row());
        assertNull(lines.get(1).gap(), "N/A has no gap");
        assertNull(lines.get(2).gap(), "unrated has no gap");
        assertNull(lines.get(2).row());
    }

    @Test
    void totalsCoverRatedItemsOnly() {
        Assessment assessment = new Assessment(icmi);
        icmi.items().forEach(i -> assessment.rate(i.id(), Rating.of(4)));
        assessment.rate("goals-and-objectives", Rating.NOT_APPLICABLE);
        List<GapLine> lines = GapWorksheet.lines(icmi, assessment);
        assertEquals(76, GapWorksheet.totalRating(lines));
        assertEquals(19, GapWorksheet.totalGap(lines));
    }

    @Test
    void gapUsesTheFrameworksOwnMaximum() {
        Framework sales = Frameworks.get(Frameworks.SALESEQUITY);
        assertEquals(1, GapWorksheet.gap(sales, Rating.of(0)));
        assertEquals(0, GapWorksheet.gap(icmi, Rating.of(5)));
        assertNull(GapWorksheet.gap(icmi, Rating.of(7)), "out of scale counts as unrated");
    }
}
