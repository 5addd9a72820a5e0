package com.cxworkbook.ui.file;

import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Records every question and answers from queues the test fills. */
class FakeDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    final Deque<Optional<Path>> saveTargets = new ArrayDeque<>();
    final Deque<Optional<Path>> openTargets = new ArrayDeque<>();
    final Deque<Optional<WorkbookDetails>> details = new ArrayDeque<>();
    /** Answers to {@link #choose}: the label of the option to pick, or null to cancel. */
    final Deque<String> choices = new ArrayDeque<>();

    final List<String> choiceMessages = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInformation(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public SaveChoice askSaveChanges(String workbookName) {
        asked.add("save changes to " + workbookName);
        return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.pop();
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Path folder, String suggestedName) {
        asked.add("save as " + suggestedName);
        return saveTargets.isEmpty() ? Optional.empty() : saveTargets.pop();
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        asked.add("open");
        return openTargets.isEmpty() ? Optional.empty() : openTargets.pop();
    }

    /** Stands in for the details dialog: pass {@code fakes::editDetails} where a view would show it. */
    public Optional<WorkbookDetails> editDetails(WorkbookDetails current) {
        asked.add("details of " + current.client());
        return details.isEmpty() ? Optional.empty() : details.pop();
    }

    @Override
    public <T> Optional<T> choose(
            String title, String message, List<T> options, java.util.function.Function<T, String> label) {
        asked.add("choose: " + title);
        choiceMessages.add(message);
        String answer = choices.isEmpty() ? null : choices.pop();
        return options.stream().filter(o -> label.apply(o).equals(answer)).findFirst();
    }
}
