package com.cxworkbook.ui.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ratings, live score, undo/redo and the dirty flag, without the toolkit. */
class WorkbookSessionTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);

    private WorkbookSession sessionWithIcmi() {
        Workbook workbook = new Workbook();
        workbook.getAssessments().add(new Assessment(icmi));
        return new WorkbookSession(workbook, Frameworks.catalog());
    }

    @Test
    void ratingUpdatesTheDomainAndTheLiveScore() {
        WorkbookSession session = sessionWithIcmi();
        AssessmentModel model = session.assessments().get(0);
        String first = icmi.items().get(0).id();
        model.rate(first, Rating.of(4));
        assertEquals(Rating.of(4), model.assessment().getRatings().get(first));
        assertEquals(Rating.of(4), model.ratings().get(first));
        assertEquals(4, model.result().rawSum());
        assertEquals("1 of 20 rated", model.result().progressText());
        assertTrue(session.isDirty());
    }

    @Test
    void undoAndRedoRestoreRatingsAndScore() {
        WorkbookSession session = sessionWithIcmi();
        AssessmentModel model = session.assessments().get(0);
        String first = icmi.items().get(0).id();
        model.rate(first, Rating.of(2));
        model.rate(first, Rating.of(5));
        assertEquals(
                "Undo rate Organizational Alignment 5",
                session.history().undoTextProperty().get());
        session.history().undo();
        assertEquals(Rating.of(2), model.rating(first));
        assertEquals(2, model.result().rawSum());
        session.history().undo();
        assertNull(model.rating(first));
        assertFalse(model.assessment().getRatings().containsKey(first));
        session.history().redo();
        assertEquals(Rating.of(2), model.rating(first));
        assertTrue(session.history().canRedoProperty().get());
    }

    @Test
    void savingClearsDirtyAndTheNextEditSetsItAgain() {
        WorkbookSession session = sessionWithIcmi();
        assertFalse(session.isDirty());
        AssessmentModel model = session.assessments().get(0);
        model.rate(icmi.items().get(1).id(), Rating.NOT_APPLICABLE);
        session.markSaved();
        assertFalse(session.isDirty());
        session.history().undo();
        assertTrue(session.isDirty(), "undoing past a save is a change");
    }

    @Test
    void undoneBackToTheSavePointIsNotDirty() {
        WorkbookSession session = sessionWithIcmi();
        AssessmentModel model = session.assessments().get(0);
        model.rate(icmi.items().get(0).id(), Rating.of(2));
        session.markSaved();
        model.rate(icmi.items().get(1).id(), Rating.of(3));
        model.rate(icmi.items().get(2).id(), Rating.of(4));
        assertTrue(session.isDirty());
        session.history().undo();
        session.history().undo();
        assertFalse(session.isDirty(), "the workbook is as saved");
        session.history().redo();
        assertTrue(session.isDirty());
        session.history().undo();
        model.rate(icmi.items().get(3).id(), Rating.of(1));
        session.history().undo();
        assertFalse(session.isDirty(), "a new edit undone is back at the save point too");
        session.history().undo();
        assertTrue(session.isDirty(), "below the save point");
        session.history().redo();
        assertFalse(session.isDirty());
    }

    @Test
    void sameRatingTwiceIsNotAnEdit() {
        WorkbookSession session = sessionWithIcmi();
        AssessmentModel model = session.assessments().get(0);
        model.rate(icmi.items().get(0).id(), Rating.of(3));
        session.markSaved();
        model.rate(icmi.items().get(0).id(), Rating.of(3));
        assertFalse(session.isDirty());
    }

    @Test
    void addingAnAssessmentIsUndoable() {
        WorkbookSession session = sessionWithIcmi();
        session.addAssessment(new Assessment(Frameworks.get(Frameworks.ASTUTE)));
        assertEquals(2, session.workbook().getAssessments().size());
        assertEquals(2, session.assessments().size());
        session.history().undo();
        assertEquals(1, session.workbook().getAssessments().size());
        assertEquals(1, session.assessments().size());
    }

    @Test
    void unknownFrameworkIsLeftOutOfTheSessionButKeptInTheWorkbook() {
        Workbook workbook = new Workbook();
        Assessment unknown = new Assessment();
        unknown.setFrameworkId("from-the-future");
        unknown.rate("x", Rating.of(3));
        workbook.getAssessments().add(unknown);
        WorkbookSession session = new WorkbookSession(workbook, Frameworks.catalog());
        assertTrue(session.assessments().isEmpty(), "no screen can show it");
        assertEquals(List.of(unknown), session.workbook().getAssessments(), "but it is saved back");
        AssessmentModel model = new AssessmentModel(unknown, null, session.history());
        assertNull(model.result());
        assertEquals("Unknown framework from-the-future", model.title());
        assertEquals(Rating.of(3), model.rating("x"));
    }
}
