package com.cxworkbook.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worksheet's "Gap to Target" column beside the gap to the top of the scale, without the toolkit. */
class GapToTargetTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final String first = icmi.items().get(0).id();
    private final String second = icmi.items().get(1).id();

    @Test
    void gapToTargetFollowsRatingsAndTargetsIncludingUndo() {
        Workbook workbook = new Workbook();
        Assessment assessment = new Assessment(icmi);
        assessment.rate(first, Rating.of(2));
        workbook.getAssessments().add(assessment);
        WorkbookSession session = new WorkbookSession(workbook, Frameworks.catalog());
        AssessmentModel model = session.assessments().get(0);
        GapWorksheetViewModel worksheet = new GapWorksheetViewModel(model, () -> LocalDate.of(2026, 11, 23));
        GapRowViewModel row = worksheet.rows().get(0);
        GapRowViewModel unrated = worksheet.rows().get(1);
        assertEquals(second, unrated.itemId());

        assertEquals(3, row.gap(), "gap to the top: 5 − 2");
        assertEquals(1, row.gapToTarget(), "by default the target is the next level");
        assertNull(unrated.gapToTarget(), "no rating, no gap");
        assertEquals("1", GapColumn.GAP_TO_TARGET.text(row));

        model.setTarget(first, 4);
        assertEquals(2, row.gapToTarget());
        model.rate(first, Rating.of(4));
        assertEquals(0, row.gapToTarget());
        assertEquals(1, row.gap());
        session.history().undo();
        assertEquals(2, row.gapToTarget());
        session.history().undo();
        assertEquals(1, row.gapToTarget());
    }
}
