package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The best-fit rule for stage models, with the worked examples of docs/FRAMEWORK_FORMAT.md. */
class StageChecklistScoringTest {

    private final Framework sales = Frameworks.get(Frameworks.SALESEQUITY);
    private final Framework aca = Frameworks.get(Frameworks.ACA);

    /**
     * salesEQUITY answers stage by stage: "Y" describes us, "n" does not, "-" N/A, "?" not rated; e.g.
     * {"nYn", "YYY", ...} for five stages of three characteristics.
     */
    private Map<String, Rating> answers(String... stages) {
        Map<String, Rating> ratings = new HashMap<>();
        for (int s = 0; s < stages.length; s++) {
            List<Item> items = sales.sections().get(s).items();
            for (int i = 0; i < items.size(); i++) {
                char answer = stages[s].charAt(i);
                if (answer != '?') {
                    ratings.put(
                            items.get(i).id(),
                            answer == '-' ? Rating.NOT_APPLICABLE : Rating.of(answer == 'Y' ? 1 : 0));
                }
            }
        }
        return ratings;
    }

    private static boolean explains(ScoreResult result, String line) {
        return result.explanation().contains(line);
    }

    /** Example 1: a Defined organisation still has one Stage 4 characteristic. */
    @Test
    void workedExampleBestFitIsTheHighestStageMostOfWhichDescribesYou() {
        ScoreResult result = Scorer.score(sales, answers("nYn", "YYY", "YYY", "Ynn", "nnn"));
        assertEquals("defined", result.level().id());
        assertEquals("Stage 3 of 5", result.scoreText());
        assertTrue(
                explains(result, "Stage 3 (Defined): 3 of 3 describe you."),
                result.explanation().toString());
        assertTrue(
                explains(result, "Stage 4 (Measured): 1 of 3 describes you."),
                result.explanation().toString());
        assertEquals(
                List.of(
                        sales.sections().get(3).items().get(1),
                        sales.sections().get(3).items().get(2)),
                result.nextSteps(),
                "the next stage's characteristics that do not describe the client yet");
        assertFalse(result.isPartial());
    }

    /** Example 2: the answers used to read "Measured"; no stage is mostly like this client. */
    @Test
    void workedExampleNoMajorityStartsAtTheFirstStage() {
        ScoreResult result = Scorer.score(sales, answers("nnn", "Ynn", "Y-n", "nnn", "nnn"));
        assertEquals("chaotic", result.level().id());
        assertTrue(
                explains(result, "Stage 3 (Defined): 1 of 2 describes you."),
                result.explanation().toString());
        assertTrue(result.explanation().stream().anyMatch(l -> l.contains("starting point")));
    }

    /** Example 3: while characteristics that could change the result are unrated, it is a range. */
    @Test
    void workedExampleUnratedCharacteristicsGiveARange() {
        ScoreResult result = Scorer.score(sales, answers("nnn", "nYn", "YYY", "Y??", "???"));
        assertTrue(result.isProvisional());
        assertEquals("defined", result.level().id(), "with the unrated as \"does not\"");
        assertEquals(5, result.range().high(), "with the unrated as \"describes us\"");
        assertEquals("Defined to Optimized", result.levelText());
        assertEquals("Stage 3 so far from 10 of 15 · stage Defined to Optimized", result.summaryText());
        assertTrue(
                explains(result, "Stage 4 (Measured): 1 of 3 describes you (2 not rated)."),
                result.explanation().toString());
    }

    /** Example 4: an unrated characteristic that cannot change the stage does not make it provisional. */
    @Test
    void workedExampleUnratedButSettled() {
        ScoreResult result = Scorer.score(sales, answers("nnn", "nnY", "YYY", "YY?", "nnn"));
        assertEquals("measured", result.level().id());
        assertTrue(result.isPartial());
        assertFalse(result.isProvisional(), "Stage 4 has 2 of 3 whatever the third says; Stage 5 has 0 of 3");
        assertEquals("Measured", result.levelText());
    }

    @Test
    void notApplicableCharacteristicsLeaveTheMajorityOfTheRest() {
        ScoreResult result = Scorer.score(sales, answers("nnn", "nnn", "-YY", "nnn", "nnn"));
        assertEquals("defined", result.level().id(), "2 of 2 applicable");
    }

    @Test
    void nothingRatedHasNoStage() {
        ScoreResult result = Scorer.score(sales, Map.of());
        assertNull(result.level());
        assertEquals("Not rated yet", result.levelText());
    }

    /** Example 5 (Attract/Convert/Advocate): a value describes you at the threshold, 4 "Largely in place". */
    @Test
    void workedExampleAcaCountsAValueAtTheThreshold() {
        int threshold = aca.scoring().threshold();
        Map<String, Rating> ratings = Frameworks.inOrder(aca, List.of(4, 5, 4, threshold, 2, 1, 1));
        ScoreResult result = Scorer.score(aca, ratings);
        assertEquals("attract", result.level().id(), "Convert 1 of 2 is not most of it");
        ratings.put(aca.items().get(4).id(), Rating.of(threshold));
        assertEquals("convert", Scorer.score(aca, ratings).level().id());
        assertEquals(3, result.sections().size());
        assertEquals(
                result.sections().get(0).itemCount(), result.sections().get(0).met());
    }
}
