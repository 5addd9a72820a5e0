package com.cxworkbook.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.chart.RadarSeries;
import com.cxworkbook.ui.chart.ScorePoint;
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

    @Test
    void theRadarHasOneSeriesPerRoundAndThePartialRoundHasRangesNotAProjection() throws Exception {
        Workbook workbook = new WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb"));
        ProgressViewModel vm = new ProgressViewModel(
                workbook,
                Frameworks.get(Frameworks.ICMI),
                workbook.getAssessments().get(0));

        assertEquals(2, vm.radarSeries().size());
        RadarSeries baseline = vm.radarSeries().get(0);
        RadarSeries followUp = vm.radarSeries().get(1);
        assertEquals("Round 1 · 2026-11-23", baseline.name());
        assertFalse(baseline.emphasised());
        assertTrue(followUp.emphasised(), "the latest round stands out");
        assertNotEquals(baseline.colourIndex(), followUp.colourIndex(), "each round its own colour");
        assertEquals(5, vm.radarAxes().size());
        int process = 2;
        assertEquals("Process", vm.radarAxes().get(process).section().name());
        assertTrue(followUp.hasRange(process), "Quality Assurance is unrated in round 2: Process has a range");
        assertFalse(baseline.hasRange(process), "the baseline is fully rated");
        assertTrue(followUp.lows().get(process) < followUp.highs().get(process));
        assertEquals("2.7 so far (2.4–3.0)", vm.sections().get(process).means().get(1));
        assertEquals("3.0", vm.sections().get(0).means().get(0));
        ScorePoint processNow = vm.sections().get(process).points().get(1);
        assertNull(processNow.value(), "the section's small chart shows no point for a partly rated round");
        assertEquals("2.4–3.0", processNow.text());
        assertEquals("Round 2", processNow.label());
        assertEquals(3.3, vm.sections().get(0).points().get(1).value(), 0.05);
        assertEquals(1, vm.sectionMin(), 0.001);
        assertEquals(5, vm.sectionMax(), 0.001);

        ScorePoint first = vm.scorePoints().get(0);
        ScorePoint second = vm.scorePoints().get(1);
        assertEquals(53.0, first.value(), 0.001);
        assertEquals("53 / 100", first.text());
        assertNull(second.value(), "a partial round is never drawn as a point");
        assertEquals(56.0, second.low(), 0.001);
        assertEquals(60.0, second.high(), 0.001);
        assertEquals("56–60 (partial)", second.text());
        assertEquals(0, vm.scoreMin(), 0.001);
        assertEquals(100, vm.scoreMax(), 0.001);
        assertEquals("Total score per round", vm.scoreName());
    }
}
