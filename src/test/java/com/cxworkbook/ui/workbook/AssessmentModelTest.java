package com.cxworkbook.ui.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import org.junit.jupiter.api.Test;

/** One source of truth and the order of notifications: the score is new for whoever hears of a rating. */
class AssessmentModelTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final AssessmentModel model;

    AssessmentModelTest() {
        Workbook workbook = new Workbook();
        workbook.getAssessments().add(new Assessment(icmi));
        model = new WorkbookSession(workbook, Frameworks.catalog())
                .assessments()
                .get(0);
    }

    @Test
    void aListenerOfTheRatingsAlreadySeesTheNewScore() {
        List<Integer> seen = new ArrayList<>();
        model.ratings().addListener((MapChangeListener<String, Rating>)
                c -> seen.add(model.result().rawSum()));
        model.rate(icmi.items().get(0).id(), Rating.of(4));
        model.rate(icmi.items().get(1).id(), Rating.of(2));
        model.history().undo();
        assertEquals(List.of(4, 6, 4), seen);
    }

    @Test
    void theScreensSeeTheAssessmentsOwnMapsNotCopies() {
        String item = icmi.items().get(0).id();
        model.rate(item, Rating.of(3));
        model.setNote(item, "said in the room");
        model.setTarget(item, 5);
        Assessment assessment = model.assessment();
        assertEquals(Rating.of(3), assessment.getRatings().get(item));
        assertEquals("said in the room", assessment.getNotes().get(item));
        assertEquals(5, assessment.getTargets().get(item));
        model.history().undo();
        model.history().undo();
        model.history().undo();
        assertNull(assessment.getRatings().get(item));
        assertNull(model.ratings().get(item));
        assertNull(model.notes().get(item));
        assertNull(model.targets().get(item));
    }
}
