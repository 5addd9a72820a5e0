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
        assertEquals(astute.levels().get(2), result.level());
        assertTrue(result.isProvisional());
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
        assertEquals(cxmm.levels().get(2), result.level());
        assertTrue(result.explanation().stream().anyMatch(l -> l.startsWith("Overall: mean of 2 section means = 3.0")),
                result.explanation().toString());
    }
}
