package com.cxworkbook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's per-assessment figures, without the toolkit. */
class DashboardCardTest {

    private final WorkbookSession session = new WorkbookSession(StartupData.readSample(), Frameworks.catalog());

    @Test
    void fullyRatedAssessmentHasOneStageAndItsTopThreeGapsByPriority() {
        DashboardCard icmi = DashboardCard.of(session.assessments().get(0));
        assertEquals("Customer-Aware", icmi.stage());
        assertFalse(icmi.isPartial());
        assertEquals(icmi.ladder().indexOf("Customer-Aware"), icmi.reached());
        assertEquals(1.0, icmi.completion());
        assertEquals(
                List.of(
                        "High · Omnichannel Mgmt Tool/System (gap 4) — Marcus Lee, 2027-06-30",
                        "High · Routing Tool/System (gap 3) — Marcus Lee, 2027-03-31",
                        "Medium · Employee Satisfaction (gap 3) — Priya Shah, 2027-01-31"),
                icmi.topGaps());
        assertTrue(icmi.sections().stream().noneMatch(s -> s.isPartial()));
        assertFalse(icmi.groups().isEmpty(), "the room rated the sample's ICMI: one overlay per group");
    }

    @Test
    void partlyRatedAssessmentShowsTheStagesStillPossible() {
        DashboardCard astute = DashboardCard.of(session.assessments().get(1));
        assertTrue(astute.isPartial());
        assertEquals("Level 2", astute.ladder().get(astute.lowest()));
        assertEquals("Level 3", astute.ladder().get(astute.highest()));
        assertEquals(0.6, astute.completion(), 1e-9);
        var partial = astute.sections().stream().filter(s -> s.isPartial()).toList();
        assertEquals(2, partial.size());
        // an unrated 1–5 item can end anywhere on the scale
        assertEquals(1.0, partial.get(0).low());
        assertEquals(5.0, partial.get(0).high());
    }
}
