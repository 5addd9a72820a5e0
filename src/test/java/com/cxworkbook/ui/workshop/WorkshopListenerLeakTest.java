package com.cxworkbook.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.testing.Gc;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A closed facilitation or private-entry window is not kept alive by the assessment it worked on. */
class WorkshopListenerLeakTest {

    private final Participant ana = new Participant("Ana", "Leadership");

    private AssessmentModel model() {
        Workbook workbook = new Workbook();
        workbook.getParticipants().add(ana);
        workbook.getAssessments().add(new Assessment(Frameworks.get(Frameworks.ICMI)));
        return new WorkbookSession(workbook, Frameworks.catalog()).assessments().get(0);
    }

    @Test
    void facilitationViewModelsAreCollectedOnceTheirWindowIsGone() {
        AssessmentModel model = model();
        WeakReference<FacilitationViewModel> closed =
                new WeakReference<>(new FacilitationViewModel(model, List.of(ana)));
        assertTrue(Gc.collected(closed), "the assessment still holds the closed window's view-model");
    }

    @Test
    void privateEntryViewModelsAreCollectedOnceTheirWindowIsGone() {
        AssessmentModel model = model();
        WeakReference<PrivateEntryViewModel> closed =
                new WeakReference<>(new PrivateEntryViewModel(model, List.of(ana)));
        assertTrue(Gc.collected(closed), "the assessment still holds the closed window's view-model");
    }

    @Test
    void anOpenWindowsViewModelStillFollowsTheAssessmentAfterACollection() {
        AssessmentModel model = model();
        FacilitationViewModel open = new FacilitationViewModel(model, List.of(ana));
        Gc.collect();
        String item = model.framework().items().get(0).id();
        model.rate(item, Rating.of(4));
        assertEquals(
                Rating.of(4), open.agreedProperty().get(), "weak listeners must not be lost while the window is open");
    }
}
