package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid's rows, cell texts, clicks and keys, without the toolkit. */
class GridViewModelTest {

    static AssessmentModel fresh(String frameworkId) {
        Workbook workbook = new Workbook();
        workbook.getAssessments().add(new Assessment(Frameworks.get(frameworkId)));
        return new WorkbookSession(workbook, Frameworks.catalog()).assessments().get(0);
    }

    @Test
    void icmiRowsAreItsTwentyStatementsInFiveSectionsAndCellsShowTheScaleLabels() {
        GridViewModel vm = new GridViewModel(fresh(Frameworks.ICMI));
        assertEquals(GridViewModel.Layout.VALUE_GRID, vm.layout());
        assertEquals(
                List.of("Organizational", "People", "Process", "Metrics", "Technology"),
                vm.groups().stream().map(GridViewModel.Group::title).toList());
        assertEquals(20, vm.items().size());
        assertFalse(vm.hasDescriptors());
        Item first = vm.items().get(0);
        assertEquals("1 No progress", vm.cellText(first, 1));
        assertEquals("3", vm.cellText(first, 3));
        assertEquals("5 Achieved", vm.cellText(first, 5));
    }

    @Test
    void astuteCellsShowTheDescriptorOfEachLevelAndSingleItemDimensionsHaveNoExtraHeading() {
        GridViewModel vm = new GridViewModel(fresh(Frameworks.ASTUTE));
        assertTrue(vm.hasDescriptors());
        Item channelChoice = vm.items().get(0);
        assertTrue(vm.cellText(channelChoice, 1).startsWith("Customer service through only traditional channels"));
        assertEquals("", vm.groups().get(0).title());
        assertEquals("1 Level 1", vm.columnHeading(1));
    }

    @Test
    void clickRatesAndClickingTheChosenCellAgainClears() {
        AssessmentModel model = fresh(Frameworks.ICMI);
        GridViewModel vm = new GridViewModel(model);
        Item second = vm.items().get(1);
        vm.click(second, 4);
        assertEquals(Rating.of(4), model.rating(second.id()));
        assertTrue(vm.isChosen(second, 4));
        assertEquals(second, vm.focusedItem(), "a click focuses the item for the form");
        assertTrue(vm.cellAccessibleText(second, 4).endsWith("(chosen)"));
        vm.click(second, 2);
        assertEquals(Rating.of(2), model.rating(second.id()));
        vm.click(second, 2);
        assertNull(model.rating(second.id()));
    }

    @Test
    void notApplicableToggleMarksAndUnmarks() {
        AssessmentModel model = fresh(Frameworks.ICMI);
        GridViewModel vm = new GridViewModel(model);
        Item item = vm.items().get(5);
        vm.toggleNotApplicable(item);
        assertEquals(Rating.NOT_APPLICABLE, model.rating(item.id()));
        assertEquals("N/A", vm.ratingText(item));
        vm.toggleNotApplicable(item);
        assertNull(model.rating(item.id()));
    }

    @Test
    void digitsRateZeroAndNMarkNotApplicableDeleteClearsOnAOneToFiveScale() {
        AssessmentModel model = fresh(Frameworks.ICMI);
        GridViewModel vm = new GridViewModel(model);
        String id = vm.focusedItem().id();
        assertTrue(vm.keyTyped("5"));
        assertEquals(Rating.of(5), model.rating(id));
        assertTrue(vm.keyTyped("0"));
        assertEquals(Rating.NOT_APPLICABLE, model.rating(id));
        assertTrue(vm.keyTyped("3"));
        assertTrue(vm.keyTyped("n"));
        assertEquals(Rating.NOT_APPLICABLE, model.rating(id));
        assertFalse(vm.keyTyped("7"), "7 is not on the scale");
        assertFalse(vm.keyTyped("x"));
        vm.clearFocused();
        assertNull(model.rating(id));
    }

    @Test
    void onTheZeroOneScaleZeroIsAValueAndOnlyNMarksNotApplicable() {
        AssessmentModel model = fresh(Frameworks.SALESEQUITY);
        GridViewModel vm = new GridViewModel(model);
        String id = vm.focusedItem().id();
        assertTrue(vm.keyTyped("0"));
        assertEquals(Rating.of(0), model.rating(id));
        assertTrue(vm.keyTyped("1"));
        assertEquals(Rating.of(1), model.rating(id));
        assertTrue(vm.keyTyped("N"));
        assertEquals(Rating.NOT_APPLICABLE, model.rating(id));
        assertFalse(vm.keyTyped("2"));
    }

    @Test
    void upAndDownMoveThroughItemsAndStopAtTheEnds() {
        GridViewModel vm = new GridViewModel(fresh(Frameworks.ICMI));
        assertEquals(vm.items().get(0), vm.focusedItem());
        vm.moveFocus(-1);
        assertEquals(vm.items().get(0), vm.focusedItem());
        vm.moveFocus(1);
        vm.moveFocus(1);
        assertEquals(vm.items().get(2), vm.focusedItem());
        vm.focus(vm.items().get(19));
        vm.moveFocus(1);
        assertEquals(vm.items().get(19), vm.focusedItem());
    }

    @Test
    void salesEquityIsATickListWithItsFiveStagesAsColumns() {
        GridViewModel vm = new GridViewModel(fresh(Frameworks.SALESEQUITY));
        assertEquals(GridViewModel.Layout.STAGE_CHECKLIST, vm.layout());
        assertTrue(vm.isTickList());
        assertEquals(5, vm.groups().size());
        assertEquals("Stage 1 (Chaotic)", vm.groups().get(0).title());
        assertTrue(vm.groups().stream().allMatch(g -> g.items().size() == 3));
    }

    @Test
    void attractConvertAdvocateShowsThreePhasesRatedOneToFiveWithThresholdFour() {
        Framework aca = Frameworks.get(Frameworks.ACA);
        GridViewModel vm = new GridViewModel(fresh(Frameworks.ACA));
        assertFalse(vm.isTickList());
        assertEquals(
                List.of("Attract", "Convert", "Advocate"),
                vm.groups().stream().map(GridViewModel.Group::title).toList());
        assertEquals(aca.itemCount(), vm.items().size());
        assertEquals(4, vm.threshold());
        assertEquals("4 Largely in place", vm.valueLabel(4));
    }
}
