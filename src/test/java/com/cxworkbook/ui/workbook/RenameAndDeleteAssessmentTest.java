package com.cxworkbook.ui.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renaming and deleting assessments: undoable edits on the session's history, rounds kept a chain. */
class RenameAndDeleteAssessmentTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Framework astute = Frameworks.get(Frameworks.ASTUTE);

    private WorkbookSession session(Framework... frameworks) {
        Workbook workbook = new Workbook();
        for (Framework f : frameworks) {
            workbook.getAssessments().add(new Assessment(f));
        }
        return new WorkbookSession(workbook, Frameworks.catalog());
    }

    @Test
    void renameChangesTheObservableTitleAndIsUndoable() {
        WorkbookSession session = session(icmi);
        AssessmentModel model = session.assessments().get(0);
        List<String> seen = new ArrayList<>();
        model.titleProperty().addListener((obs, old, now) -> seen.add(now));
        assertEquals(icmi.name(), model.title());

        assertTrue(model.rename("  Contact centre  "));
        assertEquals("Contact centre", model.title());
        assertEquals("Contact centre", model.assessment().getTitle());
        assertEquals("Contact centre", model.titleWithRoundProperty().getValue());
        assertEquals(List.of("Contact centre"), seen);
        assertTrue(session.isDirty());
        assertEquals(
                "Undo rename " + icmi.name() + " to Contact centre",
                session.history().undoTextProperty().get());

        session.history().undo();
        assertEquals(icmi.name(), model.title());
        assertNull(model.assessment().getTitle(), "the untitled assessment is untitled again, not 'ICMI…'");
        assertFalse(session.isDirty());
        session.history().redo();
        assertEquals("Contact centre", model.title());
    }

    @Test
    void renamingARoundRenamesItsWholeChainAsOneEdit() {
        WorkbookSession session = session(icmi, icmi);
        AssessmentModel baseline = session.assessments().get(0);
        AssessmentModel other = session.assessments().get(1);
        AssessmentModel followUp = session.startFollowUp(baseline, LocalDate.of(2027, 5, 20));

        assertTrue(session.renameAssessment(followUp, "Contact centre"));
        assertEquals("Contact centre", baseline.title(), "a closed round is renamed with its chain");
        assertEquals("Contact centre", followUp.title());
        assertEquals(icmi.name(), other.title(), "another assessment of the same framework keeps its name");
        assertTrue(baseline.titleWithRoundProperty().getValue().startsWith("Contact centre — Round 1"));

        session.history().undo();
        assertEquals(icmi.name(), baseline.title());
        assertEquals(icmi.name(), followUp.title());
        assertFalse(session.renameAssessment(followUp, "  "));
        assertTrue(session.history().canUndoProperty().get(), "the follow-up itself is still undoable");
        assertEquals(
                "Undo start follow-up of " + icmi.name(),
                session.history().undoTextProperty().get());
    }

    @Test
    void aBlankOrUnchangedTitleIsRefusedWithoutAnEdit() {
        WorkbookSession session = session(icmi);
        AssessmentModel model = session.assessments().get(0);
        assertFalse(model.rename("   "));
        assertFalse(model.rename(null));
        assertFalse(model.rename(icmi.name()));
        assertEquals(icmi.name(), model.title());
        assertFalse(session.history().canUndoProperty().get());
        assertFalse(session.isDirty());
    }

    @Test
    void deleteRemovesTheAssessmentAndUndoPutsTheSameOneBackWithItsWork() {
        WorkbookSession session = session(icmi, astute, icmi);
        AssessmentModel middle = session.assessments().get(1);
        Assessment assessment = middle.assessment();
        String item = astute.items().get(0).id();
        middle.rate(item, Rating.of(3));
        middle.setNote(item, "only in the north region");
        middle.gaps().set(item, GapField.OWNER, "Dana");
        session.markSaved();

        session.deleteAssessment(middle);
        assertEquals(2, session.assessments().size());
        assertFalse(session.assessments().contains(middle));
        assertFalse(session.workbook().getAssessments().contains(assessment));
        assertTrue(session.isDirty());
        assertEquals(
                "Undo delete " + astute.name(),
                session.history().undoTextProperty().get());

        session.history().undo();
        assertSame(middle, session.assessments().get(1), "the same model, at the same place");
        assertSame(assessment, session.workbook().getAssessments().get(1));
        assertEquals(Rating.of(3), middle.rating(item));
        assertEquals("only in the north region", middle.note(item));
        assertEquals("Dana", middle.assessment().getGapRows().get(0).getOwner());
        assertEquals(1, middle.result().rated(), "the live score reads the rating again");
        assertFalse(session.isDirty(), "undone back to the saved state");

        session.history().redo();
        assertFalse(session.assessments().contains(middle));
        assertEquals(2, session.workbook().getAssessments().size());
    }

    @Test
    void deletingTheLatestRoundReopensTheRoundBeforeItAndUndoClosesItAgain() {
        WorkbookSession session = session(icmi);
        AssessmentModel baseline = session.assessments().get(0);
        AssessmentModel followUp = session.startFollowUp(baseline, LocalDate.of(2027, 5, 20));
        assertTrue(baseline.isClosed());
        assertEquals("Round 1", baseline.roundLabel().substring(0, 7));

        session.deleteAssessment(followUp);
        assertFalse(baseline.isClosed(), "its close came from starting the deleted follow-up");
        assertEquals("", baseline.roundLabel(), "a single round has no round label");
        assertEquals(icmi.name(), baseline.titleWithRoundProperty().getValue());

        session.history().undo();
        assertTrue(baseline.isClosed());
        assertSame(followUp, session.assessments().get(1));
        assertEquals(baseline.assessment().getId(), followUp.assessment().getPreviousRound());
        assertTrue(baseline.titleWithRoundProperty().getValue().contains("Round 1"));
        assertTrue(followUp.titleWithRoundProperty().getValue().contains("Round 2 · 2027-05-20"));
    }

    @Test
    void deletingARoundInTheMiddleLinksTheNextRoundToTheOneBefore() {
        WorkbookSession session = session(icmi);
        AssessmentModel first = session.assessments().get(0);
        AssessmentModel second = session.startFollowUp(first, LocalDate.of(2027, 5, 20));
        AssessmentModel third = session.startFollowUp(second, LocalDate.of(2027, 11, 2));
        assertTrue(third.titleWithRoundProperty().getValue().contains("Round 3"));

        session.deleteAssessment(second);
        assertEquals(first.assessment().getId(), third.assessment().getPreviousRound());
        assertSame(first.assessment(), third.previousRound());
        assertTrue(first.isClosed(), "the round before still has a follow-up");
        assertTrue(third.titleWithRoundProperty().getValue().contains("Round 2 · 2027-11-02"));

        session.history().undo();
        assertEquals(second.assessment().getId(), third.assessment().getPreviousRound());
        assertEquals(List.of(first, second, third), session.assessments());
        assertTrue(third.titleWithRoundProperty().getValue().contains("Round 3"));
        assertTrue(second.isClosed());

        session.history().redo();
        assertEquals(first.assessment().getId(), third.assessment().getPreviousRound());
    }

    @Test
    void deletingTheBaselineMakesItsFollowUpTheBaseline() {
        WorkbookSession session = session(icmi);
        AssessmentModel first = session.assessments().get(0);
        AssessmentModel second = session.startFollowUp(first, LocalDate.of(2027, 5, 20));
        session.deleteAssessment(first);
        assertNull(second.assessment().getPreviousRound());
        assertEquals("", second.roundLabel());
        session.history().undo();
        assertEquals(first.assessment().getId(), second.assessment().getPreviousRound());
    }
}
