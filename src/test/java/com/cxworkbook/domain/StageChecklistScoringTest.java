package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageChecklistScoringTest {

    private final Framework sales = Frameworks.get(Frameworks.SALESEQUITY);
    private final Framework aca = Frameworks.get(Frameworks.ACA);

    private Map<String, Rating> tick(Framework framework, int sectionsMet, int value) {
        Map<String, Rating> ratings = new HashMap<>();
        for (int s = 0; s < framework.sections().size(); s++) {
            for (Item item : framework.sections().get(s).items()) {
                ratings.put(item.id(), Rating.of(s < sectionsMet ? value : framework.scale().min()));
            }
        }
        return ratings;
    }

    @Test
    void highestFullyMetStageIsReachedAndNextStageUnmetItemsAreNextSteps() {
        ScoreResult result = Scorer.score(sales, tick(sales, 3, 1));
        assertEquals("defined", result.level().id());
        assertEquals("Stage 3 of 5", result.scoreText());
        assertEquals(sales.sections().get(3).items(), result.nextSteps());
    }

    @Test
    void oneUnmetCharacteristicKeepsTheStageBelow() {
        Map<String, Rating> ratings = tick(sales, 3, 1);
        ratings.put(sales.sections().get(2).items().get(1).id(), Rating.of(0));
        ScoreResult result = Scorer.score(sales, ratings);
        assertEquals("repeatable", result.level().id());
        assertEquals(List.of(sales.sections().get(2).items().get(1)), result.nextSteps());
    }

    @Test
    void nothingMetFallsBackToTheFirstStage() {
        ScoreResult result = Scorer.score(sales, tick(sales, 0, 1));
        assertEquals("chaotic", result.level().id());
        assertTrue(result.explanation().stream().anyMatch(l -> l.contains("starting point")));
    }

    @Test
    void notApplicableCharacteristicDoesNotBlockAStage() {
        Map<String, Rating> ratings = tick(sales, 2, 1);
        ratings.put(sales.sections().get(2).items().get(0).id(), Rating.NOT_APPLICABLE);
        ratings.put(sales.sections().get(2).items().get(1).id(), Rating.of(1));
        ratings.put(sales.sections().get(2).items().get(2).id(), Rating.of(1));
        assertEquals("defined", Scorer.score(sales, ratings).level().id());
    }

    @Test
    void acaValueCountsAsAchievedAtTheThreshold() {
        int threshold = aca.scoring().threshold();
        ScoreResult met = Scorer.score(aca, tick(aca, 2, threshold));
        assertEquals("convert", met.level().id());
        ScoreResult below = Scorer.score(aca, tick(aca, 2, threshold - 1));
        assertEquals("attract", below.level().id());
        assertEquals(3, met.sections().size());
        assertEquals(met.sections().get(0).itemCount(), met.sections().get(0).met());
    }
}
