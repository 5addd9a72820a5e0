package com.cxworkbook.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Progress tab's rows for the bundled follow-up sample, without the toolkit. */
class ProgressViewModelTest {

    @Test
    void theFollowUpSampleShowsBothRoundsTheChangesAndTheCompletedActions() throws Exception {
        Workbook workbook = new WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb"));
        Assessment followUp = workbook.getAssessments().get(1);
        ProgressViewModel vm = new ProgressViewModel(workbook, Frameworks.get(Frameworks.ICMI), followUp);

        assertEquals(2, vm.rounds().size());
        assertEquals("Round 1 · 2026-11-23", vm.rounds().get(0).round());
        assertEquals("Round 2 · 2027-05-24 (partial)", vm.rounds().get(1).round());
        assertTrue(
                vm.rounds().get(1).score().contains("so far"),
                "a partial score is what was rated so far: "
                        + vm.rounds().get(1).score());
        assertEquals("19 of 20 rated", vm.rounds().get(1).rated());

        ProgressViewModel.ItemLine routing = vm.items().stream()
                .filter(i -> i.itemId().equals("routing-tool-system"))
                .findFirst()
                .orElseThrow();
        assertEquals("2", routing.before());
        assertEquals("4", routing.now());
        assertEquals("↑ +2", routing.change());
        assertTrue(routing.noteNow().startsWith("Routing now feeds WFM"));
        ProgressViewModel.ItemLine metrics = vm.items().stream()
                .filter(i -> i.itemId().equals("contact-metrics"))
                .findFirst()
                .orElseThrow();
        assertEquals("↓ -1", metrics.change());
        ProgressViewModel.ItemLine qa = vm.items().stream()
                .filter(i -> i.itemId().equals("quality-assurance"))
                .findFirst()
                .orElseThrow();
        assertEquals("not rated", qa.now());
        assertEquals("", qa.change(), "no change shown for an activity not rated yet");

        assertEquals(2, vm.completed().size(), vm.completed().toString());
        assertTrue(
                vm.completed().get(0).startsWith("Routing Tool/System: Integrate routing"),
                vm.completed().get(0));
        assertEquals(5, vm.sections().size());
        assertEquals(2, vm.sections().get(0).means().size());
    }
}
