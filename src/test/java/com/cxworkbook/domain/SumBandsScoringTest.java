package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SumBandsScoringTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);

    /** Ratings summing to {@code total} over all 20 items (each 1–5). */
    private Map<String, Rating> totalling(int total) {
        List<Integer> values = new ArrayList<>(Collections.nCopies(20, 1));
        int remaining = total - 20;
        for (int i = 0; i < 20 && remaining > 0; i++) {
            int add = Math.min(4, remaining);
            values.set(i, 1 + add);
            remaining -= add;
        }
        return Frameworks.inOrder(icmi, values);
    }

    @Test
    void allThreesIsSixtyAndCustomerAware() {
        ScoreResult result = Scorer.score(icmi, Frameworks.all(icmi, 3));
        assertEquals(60, result.score());
        assertEquals("aware", result.level().id());
        assertEquals("Customer-Aware", result.levelText());
        assertEquals("60 / 100", result.scoreText());
        assertFalse(result.isProvisional());
        assertFalse(result.scaled());
    }

    @ParameterizedTest
    @CsvSource({
        "20,negligent",
        "21,chaotic",
        "40,chaotic",
        "41,aware",
        "60,aware",
        "61,centric",
        "80,centric",
        "81,champion",
        "100,champion"
    })
    void everyBandBoundaryMapsToItsStage(int total, String level) {
        ScoreResult result = Scorer.score(icmi, totalling(total));
        assertEquals(total, result.rawSum());
        assertEquals(total, result.score());
        assertEquals(level, result.level().id());
    }

    @Test
    void notApplicableItemsAreExcludedAndTheScoreScaled() {
        List<Integer> values = new ArrayList<>(Collections.nCopies(18, 3));
        values.add(null);
        values.add(null);
        ScoreResult result = Scorer.score(icmi, Frameworks.inOrder(icmi, values));
        assertEquals(54, result.rawSum());
        assertEquals(60, result.score(), "54 over 18 items scales to 60 over 20");
        assertTrue(result.scaled());
        assertEquals(2, result.notApplicable());
        assertEquals("aware", result.level().id());
        assertFalse(result.isProvisional(), "N/A items count as answered");
        assertTrue(
                result.explanation().stream().anyMatch(l -> l.contains("2 items are not applicable")),
                result.explanation().toString());
        assertTrue(
                result.explanation().stream().anyMatch(l -> l.contains("54 × 20 / 18 = 60")),
                result.explanation().toString());
    }

    @Test
    void incompleteAssessmentShowsTheTotalSoFarAndTheRangeNotAProjection() {
        ScoreResult result = Scorer.score(icmi, Frameworks.inOrder(icmi, Collections.nCopies(12, 4)));
        assertEquals("12 of 20 rated", result.progressText());
        assertTrue(result.isProvisional());
        assertEquals(48, result.score(), "the total so far, not 48 × 20 / 12 = 80");
        assertEquals(56, result.range().low(), "8 unrated at 1");
        assertEquals(88, result.range().high(), "8 unrated at 5");
        assertEquals("Customer-Aware to Customer-Champion", result.levelText());
        assertEquals("aware", result.level().id(), "the level is the lowest it can still end on");
    }

    /** FRAMEWORK_FORMAT.md, SUM_BANDS example 3 (the issue's own numbers). */
    @Test
    void workedExampleFourRatingsOfThree() {
        ScoreResult result = Scorer.score(icmi, Frameworks.inOrder(icmi, Collections.nCopies(4, 3)));
        assertEquals(
                "12 so far from 4 of 20 · final 28–92 · stage Customer-Chaotic to Customer-Champion",
                result.summaryText());
    }

    /** FRAMEWORK_FORMAT.md, SUM_BANDS example 4: one rating of 3 no longer reads "60/100 Customer-Aware". */
    @Test
    void workedExampleOneRating() {
        ScoreResult result = Scorer.score(icmi, Frameworks.inOrder(icmi, List.of(3)));
        assertEquals("3 so far", result.scoreText());
        assertEquals(
                "3 so far from 1 of 20 · final 22–98 · stage Customer-Chaotic to Customer-Champion",
                result.summaryText());
    }

    /** FRAMEWORK_FORMAT.md, SUM_BANDS example 5: the last item cannot change the stage. */
    @Test
    void workedExampleStageSettledBeforeTheLastItem() {
        ScoreResult result = Scorer.score(icmi, Frameworks.inOrder(icmi, Collections.nCopies(19, 5)));
        assertFalse(result.isProvisional(), "96–100 is Champion whatever the last rating");
        assertTrue(result.isPartial());
        assertEquals(
                "95 so far from 19 of 20 · final 96–100 · stage Customer-Champion whatever the rest",
                result.summaryText());
        assertEquals("Customer-Champion", result.levelText());
    }

    /** FRAMEWORK_FORMAT.md, SUM_BANDS example 6: N/A scaling applies to the range too. */
    @Test
    void workedExamplePartialWithNotApplicable() {
        List<Integer> values = new java.util.ArrayList<>(Collections.nCopies(16, 3));
        values.add(null);
        values.add(null);
        ScoreResult result = Scorer.score(icmi, Frameworks.inOrder(icmi, values));
        assertEquals(48, result.score());
        assertEquals(56, result.range().low(), "(48 + 2 × 1) × 20 / 18 = 55.6");
        assertEquals(64, result.range().high(), "(48 + 2 × 5) × 20 / 18 = 64.4");
        assertEquals(
                "48 so far from 16 of 18 (2 N/A) · final 56–64 · stage Customer-Aware to Customer-Centric",
                result.summaryText());
    }

    @Test
    void fullyRatedReadsAsBefore() {
        ScoreResult result = Scorer.score(icmi, totalling(53));
        assertNull(result.range());
        assertEquals("53 / 100", result.scoreText());
        assertEquals("Customer-Aware", result.levelText());
        assertEquals("53 / 100 · Customer-Aware", result.summaryText());
    }

    @Test
    void nothingRatedHasNoLevel() {
        ScoreResult result = Scorer.score(icmi, new HashMap<>());
        assertNull(result.level());
        assertEquals("0 of 20 rated", result.progressText());
        assertEquals("Not rated yet", result.levelText());
    }

    @Test
    void explanationNamesTheBandThatDecided() {
        ScoreResult result = Scorer.score(icmi, totalling(61));
        assertTrue(
                result.explanation().contains("61 is in the band 61–80 → Customer-Centric."),
                result.explanation().toString());
        assertEquals(20, result.items().size());
    }

    @Test
    void ratingOutsideTheScaleIsIgnored() {
        Map<String, Rating> ratings = Frameworks.all(icmi, 3);
        ratings.put(icmi.items().get(0).id(), Rating.of(9));
        ScoreResult result = Scorer.score(icmi, ratings);
        assertEquals(19, result.rated());
        assertTrue(result.isProvisional());
    }

    @Test
    void sectionTotalsAddUpToTheOverallSum() {
        ScoreResult result = Scorer.score(icmi, totalling(57));
        assertEquals(57, result.sections().stream().mapToInt(SectionResult::sum).sum());
        assertEquals(
                List.of(4, 3, 7, 2, 4),
                result.sections().stream().map(SectionResult::itemCount).toList());
    }
}
