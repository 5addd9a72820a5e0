package com.cxworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.ui.framework.FrameworkOverview;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The main window's state, without starting JavaFX. */
class MainViewModelTest {

    private MainViewModel loadedWithSample() {
        MainViewModel vm = new MainViewModel();
        vm.loaded(Frameworks.catalog(), StartupData.readSample(), "Sample");
        return vm;
    }

    @Test
    void listsEveryFrameworkWithItsItemCountAndSource() {
        MainViewModel vm = loadedWithSample();
        assertEquals(5, vm.frameworks().size());
        assertEquals("ICMI CX Maturity Toolkit", vm.frameworks().get(0).name());
        assertEquals(
                "20 items · ICMI, sponsored by NICE inContact",
                vm.frameworks().get(0).details());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void selectingIcmiShowsItsFiveStagesWithPeopleProcessTechnologyAndMetrics() {
        MainViewModel vm = loadedWithSample();
        vm.selectFramework(Frameworks.ICMI);
        FrameworkOverview overview = vm.overviewProperty().get();
        assertEquals("ICMI CX Maturity Toolkit", overview.title());
        assertEquals(
                List.of(
                        "Customer-Negligent",
                        "Customer-Chaotic",
                        "Customer-Aware",
                        "Customer-Centric",
                        "Customer-Champion"),
                overview.levels().stream()
                        .map(FrameworkOverview.LevelCard::name)
                        .toList());
        List<String> labels = overview.levels().get(2).details().stream()
                .map(FrameworkOverview.Detail::label)
                .toList();
        assertEquals(
                List.of(
                        "People",
                        "Process",
                        "Technology",
                        "Key metrics",
                        "Score",
                        "Getting from Customer-Chaotic to Customer-Aware"),
                labels);
        assertEquals("41–60 points", overview.levels().get(2).details().get(4).text());
    }

    @Test
    void astuteLevelCardsShowEachDimensionsDescriptor() {
        MainViewModel vm = loadedWithSample();
        vm.selectFramework(Frameworks.ASTUTE);
        FrameworkOverview.LevelCard first = vm.overviewProperty().get().levels().get(0);
        assertEquals(5, first.details().size());
        assertEquals("Channel Choice", first.details().get(0).label());
        assertTrue(first.details().get(0).text().startsWith("Customer service through only traditional channels"));
    }

    @Test
    void salesEquityStageCardsListTheirCharacteristics() {
        MainViewModel vm = loadedWithSample();
        vm.selectFramework(Frameworks.SALESEQUITY);
        FrameworkOverview.LevelCard chaotic =
                vm.overviewProperty().get().levels().get(0);
        assertEquals(3, chaotic.details().size());
        assertEquals(
                "No Standard Way to Measure Client Feedback",
                chaotic.details().get(0).label());
    }

    @Test
    void sampleWorkbookShowsTheClientAndAScoredIcmiAssessment() {
        MainViewModel vm = loadedWithSample();
        assertTrue(
                vm.clientLineProperty().get().startsWith("Northwind Energy"),
                vm.clientLineProperty().get());
        AssessmentModel icmi = vm.assessments().stream()
                .filter(r -> r.framework() != null && r.framework().id().equals(Frameworks.ICMI))
                .findFirst()
                .orElseThrow();
        assertEquals(20, icmi.result().rated() + icmi.result().notApplicable());
        assertFalse(icmi.result().isProvisional());
        assertEquals("Sample — CX Maturity Workbook", vm.titleProperty().get(), "file name first, then the app");
    }

    @Test
    void loadingOpensNothingAndOffersToContinueWithTheFirstAssessment() {
        MainViewModel vm = loadedWithSample();
        assertNull(vm.selectedAssessmentProperty().get(), "the window opens on the workbook's home");
        assertNull(vm.selectedFrameworkProperty().get());
        assertEquals(vm.assessments().get(0), vm.continueWith());
        assertFalse(vm.projectorModeProperty().get(), "projector mode starts off");

        assertTrue(vm.continueRating());
        assertEquals(vm.assessments().get(0), vm.selectedAssessmentProperty().get());
    }

    @Test
    void theCentreShowsOneThingAnAssessmentOrALibraryFramework() {
        MainViewModel vm = loadedWithSample();
        vm.continueRating();
        vm.selectFramework(Frameworks.ASTUTE);
        assertNull(vm.selectedAssessmentProperty().get(), "picking a framework closes the assessment");
        vm.selectedAssessmentProperty().set(vm.assessments().get(1));
        assertNull(vm.selectedFrameworkProperty().get(), "picking an assessment closes the framework");
        assertNull(vm.overviewProperty().get());
    }

    @Test
    void continueWithSkipsAssessmentsWhoseFrameworkTheAppDoesNotHave() {
        MainViewModel vm = new MainViewModel();
        com.cxworkbook.domain.Workbook workbook = new com.cxworkbook.domain.Workbook();
        com.cxworkbook.domain.Assessment unknown =
                new com.cxworkbook.domain.Assessment(Frameworks.get(Frameworks.ICMI));
        unknown.setFrameworkId("retired-framework");
        com.cxworkbook.domain.Assessment astute =
                new com.cxworkbook.domain.Assessment(Frameworks.get(Frameworks.ASTUTE));
        workbook.getAssessments().addAll(List.of(unknown, astute));
        vm.loaded(Frameworks.catalog(), workbook, "Test");
        assertEquals(Frameworks.ASTUTE, vm.continueWith().framework().id());

        MainViewModel empty = new MainViewModel();
        empty.loaded(Frameworks.catalog(), new com.cxworkbook.domain.Workbook(), "Empty");
        assertNull(empty.continueWith());
        assertFalse(empty.continueRating());
    }
}
