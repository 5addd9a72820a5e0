package com.cxworkbook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final String item = "organizational-alignment";

    private Participant participant(String name, String group) {
        Participant p = new Participant(name, group + " role");
        p.setGroup(group);
        return p;
    }

    @Test
    void spreadMedianAndDisagreement() {
        Assessment a = new Assessment(icmi);
        List<Participant> room = List.of(
                participant("A", "Leadership"),
                participant("B", "Leadership"),
                participant("C", "Front line"),
                participant("D", "Front line"));
        int[] values = {4, 5, 2, 3};
        for (int i = 0; i < room.size(); i++) {
            a.rateAs(room.get(i).getId(), item, Rating.of(values[i]));
        }
        ItemSpread spread = Consensus.spread(icmi, a, room, item);
        assertEquals(List.of(4, 5, 2, 3), spread.values());
        assertEquals(2, spread.min());
        assertEquals(5, spread.max());
        assertEquals(3, spread.spread());
        assertTrue(spread.disagreement());
        assertEquals(3.5, spread.median());
        assertEquals(Rating.of(4), spread.suggestedRating(), "3.5 rounds up");
        assertEquals(List.of(spread), Consensus.disagreements(icmi, a, room));
    }

    @Test
    void spreadOfOneIsNotADisagreementAndNaIsLeftOut() {
        Assessment a = new Assessment(icmi);
        List<Participant> room = List.of(participant("A", "X"), participant("B", "X"), participant("C", "X"));
        a.rateAs(room.get(0).getId(), item, Rating.of(3));
        a.rateAs(room.get(1).getId(), item, Rating.of(4));
        a.rateAs(room.get(2).getId(), item, Rating.NOT_APPLICABLE);
        ItemSpread spread = Consensus.spread(icmi, a, room, item);
        assertFalse(spread.disagreement());
        assertEquals(1, spread.notApplicable());
        assertEquals(3.5, spread.median());
    }

    @Test
    void nobodyRatedGivesNoSuggestion() {
        ItemSpread spread = new ItemSpread(item, List.of(), 0);
        assertNull(spread.suggestedRating());
        assertTrue(Double.isNaN(spread.median()));
        assertEquals(Rating.NOT_APPLICABLE, new ItemSpread(item, List.of(), 2).suggestedRating());
    }

    @Test
    void groupScoresShowThePerceptionGap() {
        Assessment a = new Assessment(icmi);
        Participant boss = participant("Boss", "Leadership");
        Participant agent1 = participant("Agent 1", "Front line");
        Participant agent2 = participant("Agent 2", "Front line");
        for (Item i : icmi.items()) {
            a.rateAs(boss.getId(), i.id(), Rating.of(4));
            a.rateAs(agent1.getId(), i.id(), Rating.of(2));
            a.rateAs(agent2.getId(), i.id(), Rating.of(3));
        }
        Map<String, ScoreResult> groups = Consensus.groupScores(icmi, a, List.of(boss, agent1, agent2));
        assertEquals(List.of("Leadership", "Front line"), List.copyOf(groups.keySet()));
        assertEquals(80, groups.get("Leadership").score());
        assertEquals("centric", groups.get("Leadership").level().id());
        assertEquals(60, groups.get("Front line").score(), "median of 2 and 3 is 2.5, rounded up to 3 per item");
        assertEquals(40, Consensus.participantScore(icmi, a, agent1).score());
    }

    @Test
    void targetDefaultsToTheNextLevelAndCanBeSetPerItem() {
        Assessment a = new Assessment(icmi);
        a.rate(item, Rating.of(2));
        assertEquals(3, Consensus.target(icmi, a, item));
        assertEquals(1, Consensus.gapToTarget(icmi, a, item));
        a.getTargets().put(item, 5);
        assertEquals(3, Consensus.gapToTarget(icmi, a, item));
        a.rate(item, Rating.of(5));
        a.getTargets().remove(item);
        assertEquals(5, Consensus.target(icmi, a, item), "already at the top");
        assertNull(Consensus.gapToTarget(icmi, a, "goals-and-objectives"), "unrated has no gap");
    }

    @Test
    void meanLevelTargetLevelAppliesToEveryItem() {
        Framework astute = Frameworks.get(Frameworks.ASTUTE);
        Assessment a = new Assessment(astute);
        a.setTargetLevel(astute.levels().get(3).id());
        a.rate("channel-choice", Rating.of(1));
        assertEquals(4, Consensus.target(astute, a, "channel-choice"));
        assertEquals(3, Consensus.gapToTarget(astute, a, "channel-choice"));
    }
}
