package com.cxworkbook.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptionGapTest {

    @Test
    void rowsCompareGroupsAndParticipantsWithTheAgreedScore() {
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        Participant boss = new Participant("Boss", "CEO");
        boss.setGroup("Leadership");
        Participant agent = new Participant("Agent", "Agent");
        agent.setGroup("Front line");
        Participant silent = new Participant("Silent", "Observer");
        Assessment a = new Assessment(icmi);
        for (Item item : icmi.items()) {
            a.rate(item.id(), Rating.of(3));
            a.rateAs(boss.getId(), item.id(), Rating.of(4));
            a.rateAs(agent.getId(), item.id(), Rating.of(2));
        }
        List<PerceptionGap.Row> rows = PerceptionGap.rows(icmi, a, List.of(boss, agent, silent), Scorer.score(icmi, a));
        assertEquals(
                List.of(
                        new PerceptionGap.Row("Agreed", "The room's agreed ratings", "60 / 100", "Customer-Aware", ""),
                        new PerceptionGap.Row("Group", "Leadership", "80 / 100", "Customer-Centric", "+20"),
                        new PerceptionGap.Row("Group", "Front line", "40 / 100", "Customer-Chaotic", "-20"),
                        new PerceptionGap.Row(
                                "Participant", "Boss (Leadership)", "80 / 100", "Customer-Centric", "+20"),
                        new PerceptionGap.Row(
                                "Participant", "Agent (Front line)", "40 / 100", "Customer-Chaotic", "-20")),
                rows);
    }

    /** The case: groups that rated 4 of 20 items used to be compared as "70 Centric" vs "30 Chaotic". */
    @Test
    void groupsThatRatedFewerThanAllItemsAreShownSoFarAndNotCompared() {
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        Participant boss = new Participant("Boss", "CEO");
        boss.setGroup("Leadership");
        Participant agent = new Participant("Agent", "Agent");
        agent.setGroup("Front line");
        Assessment a = new Assessment(icmi);
        for (Item item : icmi.items().subList(0, 4)) {
            a.rateAs(boss.getId(), item.id(), Rating.of(4));
            a.rateAs(agent.getId(), item.id(), Rating.of(2));
        }
        for (Item item : icmi.items()) {
            a.rate(item.id(), Rating.of(3));
        }
        List<PerceptionGap.Row> rows = PerceptionGap.rows(icmi, a, List.of(boss, agent), Scorer.score(icmi, a));
        assertEquals(
                new PerceptionGap.Row(
                        "Group",
                        "Leadership",
                        "16 so far from 4 of 20 · final 32–96",
                        "Customer-Chaotic to Customer-Champion",
                        "rated 4 of 20 items: not compared"),
                rows.get(1));
        assertEquals(
                new PerceptionGap.Row(
                        "Group",
                        "Front line",
                        "8 so far from 4 of 20 · final 24–88",
                        "Customer-Chaotic to Customer-Champion",
                        "rated 4 of 20 items: not compared"),
                rows.get(2));
    }
}
