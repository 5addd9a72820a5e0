package com.cxworkbook.ui.workshop;

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
import org.junit.jupiter.api.Test;

class FacilitationViewModelTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Participant ana = new Participant("Ana", "Leadership");
    private final Participant ben = new Participant("Ben", "Front line");

    private AssessmentModel model() {
        Workbook workbook = new Workbook();
        workbook.getParticipants().addAll(List.of(ana, ben));
        workbook.getAssessments().add(new Assessment(icmi));
        return new WorkbookSession(workbook, Frameworks.catalog()).assessments().get(0);
    }

    @Test
    void revealWaitsUntilEveryoneHasEntered() {
        AssessmentModel model = model();
        FacilitationViewModel vm = new FacilitationViewModel(model, List.of(ana, ben));
        String item = icmi.items().get(0).id();
        assertEquals("0 of 2 have entered a rating", vm.responsesProperty().get());
        model.rateAs(ana.getId(), item, Rating.of(2));
        assertEquals("1 of 2 have entered a rating", vm.responsesProperty().get());
        assertFalse(vm.reveal(false));
        assertFalse(vm.revealedProperty().get());
        model.rateAs(ben.getId(), item, Rating.of(5));
        assertTrue(vm.everyoneEnteredProperty().get());
        assertTrue(vm.reveal(false));
        assertEquals(3, vm.spreadProperty().get().spread());
        assertEquals(List.of("Ana (Leadership): 2", "Ben (Front line): 5"), vm.revealedRatings());
    }

    @Test
    void medianBecomesTheAgreedRatingSharedWithTheGrid() {
        AssessmentModel model = model();
        FacilitationViewModel vm = new FacilitationViewModel(model, List.of(ana, ben));
        String item = icmi.items().get(0).id();
        model.rateAs(ana.getId(), item, Rating.of(3));
        model.rateAs(ben.getId(), item, Rating.of(4));
        vm.agreeMedian();
        assertEquals(Rating.of(4), model.rating(item), "3.5 rounds up");
        assertEquals(Rating.of(4), vm.agreedProperty().get());
        model.history().undo();
        assertEquals(null, model.rating(item));
    }

    @Test
    void navigationHidesTheRevealAndRestartsTheTimer() {
        FacilitationViewModel vm = new FacilitationViewModel(model(), List.of(ana, ben));
        vm.timerSecondsProperty().set(2);
        vm.reveal(true);
        vm.next();
        assertEquals("2 of 20", vm.positionProperty().get());
        assertEquals("Organizational", vm.sectionNameProperty().get());
        assertFalse(vm.revealedProperty().get());
        assertEquals(2, vm.secondsLeftProperty().get());
        vm.tick();
        vm.tick();
        assertTrue(vm.timeUpProperty().get());
        vm.tick();
        assertEquals(0, vm.secondsLeftProperty().get());
        vm.previous();
        vm.previous();
        assertEquals("1 of 20", vm.positionProperty().get(), "cannot go before the first item");
        assertEquals(5, vm.choices().size());
        assertEquals("No progress", vm.choices().get(0).label());
    }

    @Test
    void privateEntryShowsOnlyTheChosenParticipantsAnswers() {
        AssessmentModel model = model();
        String item = icmi.items().get(0).id();
        model.rateAs(ben.getId(), item, Rating.of(5));
        PrivateEntryViewModel vm = new PrivateEntryViewModel(model, List.of(ana, ben));
        assertEquals(null, vm.ownRating(item));
        vm.participantProperty().set(ana);
        assertEquals(null, vm.ownRating(item), "Ben's 5 is not shown to Ana");
        vm.rate(item, Rating.of(2));
        assertEquals("Ana: 1 of 20 rated", vm.progressProperty().get());
        assertEquals(
                Rating.of(2),
                model.assessment().getParticipantRatings().get(ana.getId()).get(item));
        assertEquals(null, model.rating(item), "private entries do not change the agreed rating");
        vm.handBack();
        assertEquals(null, vm.ownRating(item));
        assertEquals("Choose your name to start", vm.progressProperty().get());
    }

    @Test
    void unratedItemsDefaultToTheRoomsMedianButAgreedOnesAreKept() {
        AssessmentModel model = model();
        String first = icmi.items().get(0).id();
        String second = icmi.items().get(1).id();
        for (String item : List.of(first, second)) {
            model.rateAs(ana.getId(), item, Rating.of(2));
            model.rateAs(ben.getId(), item, Rating.of(4));
        }
        model.rate(first, Rating.of(5));
        assertEquals(1, AgreedRatings.fillFromMedians(model, List.of(ana, ben)));
        assertEquals(Rating.of(5), model.rating(first), "an agreed rating is never overwritten");
        assertEquals(Rating.of(3), model.rating(second));
        model.history().undo();
        assertEquals(null, model.rating(second));
    }
}
