package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spread strip's content and per-item targets, without the toolkit. */
class SpreadLineTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final String item = icmi.items().get(0).id();
    private Participant boss;
    private Participant agent;
    private Participant lead;
    private WorkbookSession session;
    private AssessmentModel model;

    @BeforeEach
    void setUp() {
        boss = new Participant("Boss", "CEO");
        boss.setGroup("Leadership");
        agent = new Participant("Agent", "Agent");
        agent.setGroup("Front line");
        lead = new Participant("Lead", "Team lead");
        lead.setGroup("Front line");
        Workbook workbook = new Workbook();
        workbook.getParticipants().addAll(List.of(boss, agent, lead));
        workbook.getAssessments().add(new Assessment(icmi));
        session = new WorkbookSession(workbook, Frameworks.catalog());
        model = session.assessments().get(0);
    }

    @Test
    void nobodyRatedAndNoAgreedRatingMeansNothingToShow() {
        SpreadLine line = SpreadLine.of(model, item);
        assertTrue(line.isEmpty());
        assertFalse(line.hasRoomRatings());
        assertEquals("", line.summary());
    }

    @Test
    void dotsPerParticipantWithGroupsMinMaxAndDisagreement() {
        model.rateAs(boss.getId(), item, Rating.of(5));
        model.rateAs(agent.getId(), item, Rating.of(2));
        model.rateAs(lead.getId(), item, Rating.NOT_APPLICABLE);
        SpreadLine line = SpreadLine.of(model, item);
        assertEquals(
                List.of(
                        new SpreadLine.Dot("Boss", "Leadership", 0, 5),
                        new SpreadLine.Dot("Agent", "Front line", 1, 2)),
                line.dots());
        assertEquals("Room 2–5 · 2 ratings · 1 N/A", line.summary());
        assertTrue(line.disagreement());
        assertEquals("Discuss: spread 3", line.disagreementText());

        model.rateAs(boss.getId(), item, Rating.of(3));
        SpreadLine agreeing = SpreadLine.of(model, item);
        assertFalse(agreeing.disagreement(), "a spread of one level is not a disagreement");
        assertEquals("Room 2–3 · 2 ratings · 1 N/A", agreeing.summary());
    }

    @Test
    void someoneRemovedFromTheWorkbookNoLongerCounts() {
        model.rateAs(boss.getId(), item, Rating.of(5));
        model.rateAs(agent.getId(), item, Rating.of(1));
        long before = model.participantRevisionProperty().get();
        session.editDetails(new com.cxworkbook.ui.workbook.WorkbookDetails(
                null,
                null,
                null,
                List.of(new com.cxworkbook.ui.workbook.WorkbookDetails.Person(agent.getId(), "Agent", "Agent"))));
        assertTrue(model.participantRevisionProperty().get() > before, "spread displays are told to refresh");
        SpreadLine line = SpreadLine.of(model, item);
        assertEquals(1, line.dots().size());
        assertFalse(line.disagreement());
    }

    @Test
    void targetDefaultsToTheNextLevelAndAnOwnTargetIsAnUndoableEdit() {
        model.rate(item, Rating.of(2));
        SpreadLine line = SpreadLine.of(model, item);
        assertEquals(3, line.target());
        assertFalse(line.ownTarget());
        assertEquals("Next 3", line.targetText());

        model.setTarget(item, 5);
        assertEquals(5, model.assessment().getTargets().get(item));
        assertEquals("Target 5", SpreadLine.of(model, item).targetText());
        assertEquals(
                "Undo set target of " + icmi.items().get(0).displayName() + " to 5",
                model.history().undoTextProperty().get());

        model.history().undo();
        assertFalse(model.assessment().getTargets().containsKey(item));
        assertEquals("Next 3", SpreadLine.of(model, item).targetText());
        model.history().redo();
        assertEquals("Target 5", SpreadLine.of(model, item).targetText());

        model.rate(item, Rating.of(5));
        model.setTarget(item, null);
        assertEquals("Top level", SpreadLine.of(model, item).targetText(), "at the top there is no next level");
        assertTrue(SpreadLine.of(model, item).targetReached());
        model.setTarget(item, 4);
        assertEquals("Target 4", SpreadLine.of(model, item).targetText());
        assertTrue(SpreadLine.of(model, item).targetReached());
        model.setTarget(item, null);
        assertFalse(model.targets().containsKey(item));
        assertTrue(session.isDirty());
    }

    @Test
    void settingTheSameTargetAgainIsNoEdit() {
        model.setTarget(item, 4);
        long revision = model.history().revisionProperty().get();
        model.setTarget(item, 4);
        assertEquals(revision, model.history().revisionProperty().get());
    }
}
