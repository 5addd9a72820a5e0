package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeanLevelScoringTest {

    private final Framework astute = Frameworks.get(Frameworks.ASTUTE);
    private final Framework cxmm = Frameworks.get(Frameworks.CXMM);

    @Test
    void astuteOverallLevelIsTheRoundedMeanOfDimensions() {
        ScoreResult result = Scorer.score(astute, Frameworks.inOrder(astute, Arrays.asList(1, 2, 3, 4, 4)));
        assertEquals(2.8, result.score(), 1e-9);
        assertEquals(astute.levels().get(2), result.level(), "2.8 rounds to level 3");
        assertEquals("2.8 / 5", result.scoreText());
        assertEquals(astute.levels().get(3), result.sections().get(3).level());
    }

    @Test
    void halfwayRoundsUp() {
        ScoreResult result = Scorer.score(astute, Frameworks.inOrder(astute, Arrays.asList(2, 3)));
        assertEquals(2.5, result.score(), 1e-9);
        assertTrue(result.isProvisional());
        ScoreResult complete = Scorer.score(astute, Frameworks.inOrder(astute, Arrays.asList(2, 3, null, null, null)));
        assertEquals(astute.levels().get(2), complete.level(), "2.5 rounds up to level 3");
    }

    /** FRAMEWORK_FORMAT.md, MEAN_LEVEL example: two of five dimensions rated. */
    @Test
    void workedExamplePartialRange() {
        ScoreResult result = Scorer.score(astute, Frameworks.inOrder(astute, Arrays.asList(2, 3)));
        assertEquals(1.6, result.range().low(), 1e-9, "(2 + 3 + 1 + 1 + 1) / 5");
        assertEquals(4.0, result.range().high(), 1e-9, "(2 + 3 + 5 + 5 + 5) / 5");
        assertEquals("2.5 so far from 2 of 5 · final 1.6–4.0 · stage Level 2 to Level 4", result.summaryText());
        assertEquals(astute.levels().get(1), result.level(), "the lowest level it can still end on");
    }

    @Test
    void notApplicableDimensionIsLeftOutOfTheMean() {
        ScoreResult result = Scorer.score(astute, Frameworks.inOrder(astute, Arrays.asList(5, 5, 5, 5, null)));
        assertEquals(5.0, result.score(), 1e-9);
        assertEquals(1, result.notApplicable());
        assertNull(result.sections().get(4).mean());
    }

    @Test
    void cxmmWeighsEveryPracticeAreaTheSame() {
        Map<String, Rating> ratings = new HashMap<>();
        Section first = cxmm.sections().get(0);
        for (Item item : first.items()) {
            ratings.put(item.id(), Rating.of(5));
        }
        Item lone = cxmm.sections().get(1).items().get(0);
        ratings.put(lone.id(), Rating.of(1));
        ScoreResult result = Scorer.score(cxmm, ratings);
        assertEquals(3.0, result.score(), 1e-9, "mean of section means (5 and 1), not of all items");
        assertTrue(result.isPartial());
        assertTrue(
                result.explanation().stream().anyMatch(l -> l.startsWith("Overall: mean of 2 section means = 3.0")),
                result.explanation().toString());
    }
}
