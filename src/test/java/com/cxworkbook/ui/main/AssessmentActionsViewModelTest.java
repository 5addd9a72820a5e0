package com.cxworkbook.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.StatusKind;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rename and delete as the menus and the list run them, without the toolkit. */
class AssessmentActionsViewModelTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Framework astute = Frameworks.get(Frameworks.ASTUTE);
    private final MainViewModel main = new MainViewModel();
    private final AssessmentActionsViewModel actions = new AssessmentActionsViewModel(main);
    private final List<String> said = new ArrayList<>();
    private final List<StatusKind> kinds = new ArrayList<>();

    private void open(Framework... frameworks) {
        Workbook workbook = new Workbook();
        for (Framework f : frameworks) {
            workbook.getAssessments().add(new Assessment(f));
        }
        main.loaded(Frameworks.catalog(), workbook, "Test");
        actions.reportTo((kind, text) -> {
            kinds.add(kind);
            said.add(text);
        });
    }

    private AssessmentModel at(int index) {
        return main.assessments().get(index);
    }

    @Test
    void renameAsksWithTheCurrentTitleAndSaysWhatChanged() {
        open(icmi);
        List<String> asked = new ArrayList<>();
        assertTrue(actions.rename(at(0), current -> {
            asked.add(current);
            return Optional.of("Retail banking");
        }));
        assertEquals(List.of(icmi.name()), asked);
        assertEquals("Retail banking", at(0).title());
        assertEquals(List.of("Renamed “" + icmi.name() + "” to “Retail banking”."), said);
        assertEquals(List.of(StatusKind.SUCCESS), kinds);
    }

    @Test
    void aCancelledOrBlankRenameChangesNothing() {
        open(icmi);
        assertFalse(actions.rename(at(0), current -> Optional.empty()));
        assertFalse(actions.rename(at(0), current -> Optional.of("  ")));
        assertEquals(icmi.name(), at(0).title());
        assertFalse(main.sessionProperty().get().isDirty());
        assertTrue(said.isEmpty());
    }

    @Test
    void deletingTheOpenAssessmentGoesHomeAndSaysHowToGetItBack() {
        open(icmi, astute);
        AssessmentModel first = at(0);
        first.rate(icmi.items().get(0).id(), Rating.of(4));
        first.rate(icmi.items().get(1).id(), Rating.of(2));
        first.setNote(icmi.items().get(0).id(), "agreed after a long talk");
        main.selectedAssessmentProperty().set(first);

        assertTrue(actions.delete(first));
        assertNull(main.selectedAssessmentProperty().get(), "back to the workbook's home");
        assertEquals(1, main.assessments().size());
        assertEquals(List.of("Deleted “" + icmi.name() + "” (2 ratings, 1 note). Edit › Undo brings it back."), said);
        assertEquals(StatusKind.INFO, kinds.get(0));

        main.sessionProperty().get().history().undo();
        assertSame(first, at(0));
        assertEquals(Rating.of(4), first.rating(icmi.items().get(0).id()));
    }

    @Test
    void deletingAnotherAssessmentKeepsTheOpenOneOpen() {
        open(icmi, astute);
        AssessmentModel first = at(0);
        main.selectedAssessmentProperty().set(first);
        actions.delete(at(1));
        assertSame(first, main.selectedAssessmentProperty().get());
        assertEquals(List.of("Deleted “" + astute.name() + "”. Edit › Undo brings it back."), said);
    }

    @Test
    void undoingTheAddOfTheOpenAssessmentAlsoGoesHome() {
        open(icmi);
        AssessmentModel added = main.sessionProperty().get().addAssessment(new Assessment(astute));
        main.selectedAssessmentProperty().set(added);
        main.sessionProperty().get().history().undo();
        assertNull(main.selectedAssessmentProperty().get());
    }

    @Test
    void deletingTheLatestRoundSaysTheRoundBeforeIsOpenAgain() {
        open(icmi);
        AssessmentModel baseline = at(0);
        AssessmentModel followUp = main.sessionProperty().get().startFollowUp(baseline, LocalDate.of(2027, 5, 20));
        main.selectedAssessmentProperty().set(followUp);
        actions.delete(followUp);
        assertFalse(baseline.isClosed());
        assertEquals(
                List.of("Deleted “" + icmi.name() + "”. The previous round is open again. Edit › Undo brings it back."),
                said);
    }

    @Test
    void nothingToDeleteWithoutASelection() {
        open(icmi);
        assertFalse(actions.delete(null));
        assertEquals(1, main.assessments().size());
        assertTrue(said.isEmpty());
    }
}
