package com.cxworkbook.ui.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** "Add assessment…" with a fake dialog service. */
class AddAssessmentTest {

    /** Answers every choice with the option labelled {@code answer}; records what was asked. */
    static final class FakeDialogs implements DialogService {
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        String answer;

        @Override
        public void showError(String title, String message) {
            errors.add(title);
        }

        @Override
        public void showInformation(String title, String message) {}

        @Override
        public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
            asked.addAll(options.stream().map(label).toList());
            return options.stream().filter(o -> label.apply(o).equals(answer)).findFirst();
        }
    }

    private MainViewModel loaded() {
        MainViewModel vm = new MainViewModel();
        vm.loaded(Frameworks.catalog(), StartupData.readSample(), "Sample");
        return vm;
    }

    @Test
    void asksWhichFrameworkAddsItAndSelectsIt() {
        MainViewModel vm = loaded();
        int before = vm.assessments().size();
        FakeDialogs dialogs = new FakeDialogs();
        Framework cxmm = Frameworks.get(Frameworks.CXMM);
        dialogs.answer = cxmm.name();
        var added = new AddAssessment(vm).run(dialogs);
        assertEquals(5, dialogs.asked.size(), "offered every framework");
        assertEquals(before + 1, vm.assessments().size());
        assertEquals(cxmm, added.orElseThrow().framework());
        assertEquals(added.get(), vm.selectedAssessmentProperty().get());
        vm.sessionProperty().get().history().undo();
        assertEquals(before, vm.assessments().size(), "adding is undoable");
    }

    @Test
    void cancellingAddsNothing() {
        MainViewModel vm = loaded();
        int before = vm.assessments().size();
        FakeDialogs dialogs = new FakeDialogs();
        assertTrue(new AddAssessment(vm).run(dialogs).isEmpty());
        assertEquals(before, vm.assessments().size());
    }

    @Test
    void withoutAWorkbookItSaysWhatToDo() {
        MainViewModel vm = new MainViewModel();
        vm.loaded(Frameworks.catalog(), null, null);
        FakeDialogs dialogs = new FakeDialogs();
        assertTrue(new AddAssessment(vm).run(dialogs).isEmpty());
        assertEquals(List.of("No workbook open"), dialogs.errors);
    }
}
