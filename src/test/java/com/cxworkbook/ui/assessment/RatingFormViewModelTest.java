package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rating form for the focused item, without the toolkit. */
class RatingFormViewModelTest {

    private final AssessmentModel model = GridViewModelTest.fresh(Frameworks.ICMI);
    private final GridViewModel grid = new GridViewModel(model);
    private final RatingFormViewModel form = new RatingFormViewModel(grid);

    @Test
    void showsTheFocusedItemAndFollowsTheGrid() {
        Item second = grid.items().get(1);
        grid.click(second, 4);
        assertEquals(second.name(), form.titleProperty().get());
        assertEquals(second.statement(), form.statementProperty().get());
        assertEquals(4, form.valueProperty().get());
        assertEquals("Rating: 4", form.ratingTextProperty().get());
    }

    @Test
    void aFrameworksGuidanceForTheFacilitatorFollowsTheFocusedItem(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        com.cxworkbook.domain.Framework acme = com.cxworkbook.export.FrameworkTemplateReader.read(
                        com.cxworkbook.export.TemplateFiller.blankEdited(
                                dir.resolve("acme.xlsx"), com.cxworkbook.export.TemplateFiller::acme))
                .framework();
        com.cxworkbook.domain.Workbook workbook = new com.cxworkbook.domain.Workbook();
        workbook.getAssessments().add(new com.cxworkbook.domain.Assessment(acme));
        workbook.getFrameworks().add(acme);
        AssessmentModel own = new com.cxworkbook.ui.workbook.WorkbookSession(workbook, Frameworks.catalog())
                .assessments()
                .get(0);
        GridViewModel ownGrid = new GridViewModel(own);
        RatingFormViewModel ownForm = new RatingFormViewModel(ownGrid);
        assertEquals("", ownForm.guidanceProperty().get(), "the first item has none");
        ownGrid.click(ownGrid.items().get(1), 3);
        assertEquals(
                "Ask who would be called if a customer complaint reached the CEO.",
                ownForm.guidanceProperty().get());
    }

    @Test
    void choosingNotApplicableAndClearingGoThroughTheModel() {
        String id = grid.focusedItem().id();
        form.choose(2);
        assertEquals(Rating.of(2), model.rating(id));
        form.setNotApplicable(true);
        assertEquals(Rating.NOT_APPLICABLE, model.rating(id));
        assertTrue(form.notApplicableProperty().get());
        assertNull(form.valueProperty().get());
        form.clearRating();
        assertNull(model.rating(id));
        assertFalse(form.notApplicableProperty().get());
    }

    @Test
    void notesAndEvidenceAreStoredOnCommitAsUndoableEdits() {
        String id = grid.focusedItem().id();
        form.notesProperty().set("Managers less sure than agents");
        form.evidenceTextProperty().set("Staff survey 2026");
        form.evidenceOwnerProperty().set("Priya");
        form.evidenceDateProperty().set(LocalDate.of(2026, 10, 1));
        assertNull(model.note(id), "typing alone is not an edit");
        form.commit();
        assertEquals("Managers less sure than agents", model.note(id));
        assertEquals(new Evidence("Staff survey 2026", "Priya", LocalDate.of(2026, 10, 1)), model.evidence(id));
        assertEquals(
                "Undo edit evidence of Organizational Alignment",
                model.history().undoTextProperty().get());
        model.history().undo();
        assertNull(model.evidence(id));
        assertEquals("", form.evidenceTextProperty().get(), "the form follows undo");
        model.history().undo();
        assertNull(model.note(id));
        assertEquals("", form.notesProperty().get());
        model.history().redo();
        assertEquals("Managers less sure than agents", form.notesProperty().get());
    }

    @Test
    void movingToAnotherItemCommitsTheNoteBeingTyped() {
        String first = grid.focusedItem().id();
        form.notesProperty().set("Typed, then the facilitator moved on");
        grid.moveFocus(1);
        assertEquals("Typed, then the facilitator moved on", model.note(first));
        assertEquals("", form.notesProperty().get(), "the next item has no note");
    }

    @Test
    void aRatingClickDoesNotDiscardANoteBeingTyped() {
        Item item = grid.focusedItem();
        form.notesProperty().set("half a sentence");
        grid.click(item, 3);
        assertEquals("half a sentence", form.notesProperty().get());
    }
}
