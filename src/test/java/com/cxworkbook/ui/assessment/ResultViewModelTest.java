package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live result panel's texts, bars and stage guidance, without the toolkit. */
class ResultViewModelTest {

    @Test
    void nothingRatedSaysSo() {
        ResultViewModel vm = new ResultViewModel(GridViewModelTest.fresh(Frameworks.ICMI));
        assertEquals("–", vm.scoreProperty().get());
        assertEquals("Not rated yet", vm.stageProperty().get());
        assertEquals("0 of 20 rated", vm.progressProperty().get());
        assertEquals("No stage yet", vm.stageTitleProperty().get());
        assertTrue(vm.stageDetails().isEmpty());
    }

    @Test
    void icmiAllThreesIsCustomerAwareWithItsPeopleProcessTechnologyAndNextStageActions() {
        AssessmentModel model = GridViewModelTest.fresh(Frameworks.ICMI);
        ResultViewModel vm = new ResultViewModel(model);
        List<Item> items = model.framework().items();
        for (Item item : items) {
            model.rate(item.id(), Rating.of(3));
        }
        model.rate(items.get(0).id(), Rating.NOT_APPLICABLE);
        assertEquals("60 / 100", vm.scoreProperty().get(), "19 × 3 = 57, scaled to 20 items = 60");
        assertEquals("Customer-Aware", vm.stageProperty().get());
        assertEquals("20 of 20 rated", vm.progressProperty().get());
        assertEquals("1 N/A", vm.naCountProperty().get());
        assertEquals("Current stage: Customer-Aware", vm.stageTitleProperty().get());
        assertEquals(
                List.of("People", "Process", "Technology", "Key metrics"),
                vm.stageDetails().stream().map(ResultViewModel.Detail::label).toList());
        assertEquals(model.framework().recommendationTo("centric").orElseThrow().actions(), vm.nextActions());
        assertFalse(vm.nextActions().isEmpty());
        vm.toggleExplanation();
        assertTrue(
                vm.explanationProperty().get().contains("41–60")
                        || vm.explanationProperty().get().contains("band"),
                vm.explanationProperty().get());
        assertTrue(vm.explanationProperty().get().contains("Goals and Objectives 3"), "lists the ratings used");
        assertEquals(5, vm.bars().size());
        assertEquals("3.0 of 5", vm.bars().get(0).valueText());
        assertEquals(0.6, vm.bars().get(0).fraction(), 1e-9);
        model.rate(items.get(1).id(), Rating.of(5));
        assertTrue(vm.explanationProperty().get().contains("Goals and Objectives 5"), "follows ratings while shown");
    }

    @Test
    void theResultFollowsEveryRatingAndUndo() {
        AssessmentModel model = GridViewModelTest.fresh(Frameworks.ICMI);
        ResultViewModel vm = new ResultViewModel(model);
        String first = model.framework().items().get(0).id();
        model.rate(first, Rating.of(5));
        assertEquals("5 so far", vm.scoreProperty().get(), "not 5 × 20 = 100 / 100");
        assertEquals("Customer-Chaotic to Customer-Champion", vm.stageProperty().get());
        assertEquals("1 of 20 rated · final 24–100", vm.progressProperty().get());
        assertEquals(
                "Stage so far: Customer-Chaotic (can still reach Customer-Champion)",
                vm.stageTitleProperty().get());
        assertEquals(
                "Next stage: Customer-Aware",
                vm.nextTitleProperty()
                        .get()
                        .replace("Getting from Customer-Chaotic to Customer-Aware", "Next stage: Customer-Aware"));
        model.history().undo();
        assertEquals("–", vm.scoreProperty().get());
    }

    @Test
    void checklistBarsCountWhatDescribesTheClientAndNextStepsAreTheNextStagesDoesNots() {
        AssessmentModel model = GridViewModelTest.fresh(Frameworks.SALESEQUITY);
        ResultViewModel vm = new ResultViewModel(model);
        List<Item> items = model.framework().items();
        for (int i = 0; i < 3; i++) {
            model.rate(items.get(i).id(), Rating.of(1));
        }
        model.rate(items.get(3).id(), Rating.of(1));
        model.rate(items.get(4).id(), Rating.of(0));
        assertEquals("Stage 1 so far", vm.scoreProperty().get());
        assertEquals("3 of 3 describe you", vm.bars().get(0).valueText());
        assertEquals("1 of 3 describes you (1 not rated)", vm.bars().get(1).valueText());
        assertTrue(
                vm.stageSummaryProperty().get().startsWith("Stage 1: 3 of 3 describe you; Stage 2: 1 of 3."),
                vm.stageSummaryProperty().get());
        assertEquals("Next stage: Repeatable", vm.nextTitleProperty().get());
        assertEquals(
                List.of("Does not describe you yet: " + items.get(4).displayName()),
                vm.nextActions(),
                "only the answered \"does not\"; the unrated one is not known to be a gap");
    }

    @Test
    void clickingTheScoreTogglesTheExplanation() {
        ResultViewModel vm = new ResultViewModel(GridViewModelTest.fresh(Frameworks.ASTUTE));
        assertFalse(vm.explanationShownProperty().get());
        vm.toggleExplanation();
        assertTrue(vm.explanationShownProperty().get());
    }
}
