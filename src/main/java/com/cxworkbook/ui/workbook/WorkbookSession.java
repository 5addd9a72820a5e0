package com.cxworkbook.ui.workbook;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.edit.EditHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open workbook: its assessments as observable models, one undo history, and whether it is saved. */
public class WorkbookSession {

    private final Workbook workbook;
    private FrameworkCatalog catalog;
    private final EditHistory history = new EditHistory();
    private final ObservableList<AssessmentModel> assessments = FXCollections.observableArrayList();
    private final LongProperty savedRevision = new SimpleLongProperty();
    private final BooleanBinding dirty;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("Untitled");
    private String untitledName = "Untitled";

    public WorkbookSession(Workbook workbook, FrameworkCatalog catalog) {
        this.workbook = workbook;
        // each assessment sees the framework version it was rated on, and the workbook's own copies count
        this.catalog = catalog.forWorkbook(workbook);
        for (Assessment assessment : workbook.getAssessments()) {
            // An assessment of a framework this app lacks stays in the workbook (and is saved back
            // untouched) but gets no model: no screen can show or score it.
            if (this.catalog.find(assessment.getFrameworkId()).isPresent()) {
                assessments.add(model(assessment));
            }
        }
        savedRevision.set(history.revisionProperty().get());
        dirty = Bindings.notEqual(history.revisionProperty(), savedRevision);
        file.addListener((obs, old, path) -> updateName());
    }

    private AssessmentModel model(Assessment assessment) {
        AssessmentModel model = new AssessmentModel(
                assessment, catalog.find(assessment.getFrameworkId()).orElse(null), history);
        model.participantsFrom(workbook::getParticipants);
        model.previousRoundFrom(() -> Rounds.previous(workbook, assessment).orElse(null));
        model.previousRoundNameFrom(() -> Rounds.previous(workbook, assessment)
                .map(previous -> "Round " + Rounds.number(workbook, previous))
                .orElse(""));
        model.roundLabelFrom(() -> Rounds.hasRounds(workbook, assessment) ? Rounds.label(workbook, assessment) : "");
        return model;
    }

    /**
     * Workbook → Start follow-up: a new round of {@code model}'s chain, assessed {@code on}, continuing from
     * its latest round; that round is closed (read-only until reopened). One undoable edit; returns the new
     * round's model.
     */
    public AssessmentModel startFollowUp(AssessmentModel model, LocalDate on) {
        Assessment latest = Rounds.latest(workbook, model.assessment());
        AssessmentModel previous = assessments.stream()
                .filter(m -> m.assessment() == latest)
                .findFirst()
                .orElse(model);
        Assessment round = Rounds.followUp(latest, previous.framework(), on);
        AssessmentModel[] added = new AssessmentModel[1];
        history.group("start follow-up of " + previous.title(), () -> {
            previous.setClosed(true);
            added[0] = addAssessment(round);
        });
        return added[0];
    }

    /**
     * The library changed (a framework was imported): assessments added from now on can use it. Open
     * assessments keep the framework they were opened with.
     */
    public void useLibrary(FrameworkCatalog library) {
        this.catalog = library.forWorkbook(workbook);
    }

    /**
     * Puts a copy of every framework the workbook uses that is not bundled with the app into the workbook,
     * so the file opens, rates and exports on a laptop that never imported it. Call before saving.
     */
    public void embedFrameworks() {
        List<Framework> used = new ArrayList<>();
        for (Assessment assessment : workbook.getAssessments()) {
            catalog.find(assessment.getFrameworkId())
                    .filter(f -> !catalog.isBundled(f) && !used.contains(f))
                    .ifPresent(used::add);
        }
        workbook.getFrameworks().clear();
        workbook.getFrameworks().addAll(used);
    }

    /** Adds an assessment as an undoable edit and returns its model. */
    public AssessmentModel addAssessment(Assessment assessment) {
        AssessmentModel model = model(assessment);
        history.perform(
                "add " + model.title(),
                () -> {
                    workbook.getAssessments().add(assessment);
                    assessments.add(model);
                    roundsChanged();
                },
                () -> {
                    workbook.getAssessments().remove(assessment);
                    assessments.remove(model);
                    roundsChanged();
                });
        return model;
    }

    /**
     * Deletes an assessment from the workbook as one undoable edit: undo puts the same model back at the
     * same place with its ratings, notes and gap rows (the undo history holds them). Rounds stay a chain:
     * the round that followed the deleted one now follows the one before it; deleting the latest round
     * reopens the round before it, whose close came from starting the deleted follow-up.
     */
    public void deleteAssessment(AssessmentModel model) {
        Assessment gone = model.assessment();
        if (!assessments.contains(model)) {
            return;
        }
        Assessment before = Rounds.previous(workbook, gone).orElse(null);
        Assessment after = Rounds.next(workbook, gone).orElse(null);
        history.group("delete " + model.title(), () -> {
            if (after != null) {
                String link = after.getPreviousRound();
                String relinked = gone.getPreviousRound();
                history.perform(
                        "relink " + model.title(),
                        () -> {
                            after.setPreviousRound(relinked);
                            roundsChanged();
                        },
                        () -> {
                            after.setPreviousRound(link);
                            roundsChanged();
                        });
            } else if (before != null) {
                modelOf(before).ifPresent(previous -> previous.setClosed(false));
            }
            int inWorkbook = workbook.getAssessments().indexOf(gone);
            int inList = assessments.indexOf(model);
            history.perform(
                    "delete " + model.title(),
                    () -> {
                        workbook.getAssessments().remove(gone);
                        assessments.remove(model);
                        roundsChanged();
                    },
                    () -> {
                        workbook.getAssessments().add(inWorkbook, gone);
                        assessments.add(inList, model);
                        roundsChanged();
                    });
        });
    }

    /**
     * Renames an assessment and every other round of its chain (rounds are the same assessment at different
     * dates, so they keep one name) as one undoable edit. False when the title is blank or unchanged.
     */
    public boolean renameAssessment(AssessmentModel model, String newTitle) {
        List<AssessmentModel> rounds = Rounds.chain(workbook, model.assessment()).stream()
                .map(this::modelOf)
                .flatMap(Optional::stream)
                .toList();
        boolean[] renamed = {false};
        String after = newTitle == null ? "" : newTitle.strip();
        history.group("rename " + model.title() + " to " + after, () -> {
            for (AssessmentModel round : rounds.isEmpty() ? List.of(model) : rounds) {
                renamed[0] |= round.rename(after);
            }
        });
        return renamed[0];
    }

    private Optional<AssessmentModel> modelOf(Assessment assessment) {
        return assessments.stream().filter(m -> m.assessment() == assessment).findFirst();
    }

    private void roundsChanged() {
        assessments.forEach(AssessmentModel::roundsChanged);
    }

    /** Call after a successful save: the current state becomes the clean one. */
    public void markSaved() {
        markSaved(history.revisionProperty().get());
    }

    /**
     * Call after a save of the state at {@code revision} (taken when the save began): edits made while
     * the file was being written keep the workbook dirty.
     */
    public void markSaved(long revision) {
        savedRevision.set(revision);
    }

    /** For restored work that was never saved to its file: dirty until saved. */
    public void markUnsaved() {
        savedRevision.set(-1);
    }

    /** Changes client, facilitator, date and participants as one undoable edit; no edit when nothing changes. */
    public void editDetails(WorkbookDetails details) {
        WorkbookDetails before = WorkbookDetails.of(workbook);
        if (before.equals(details)) {
            return;
        }
        List<Participant> oldList = new ArrayList<>(workbook.getParticipants());
        List<Participant> newList = details.participantsFor(oldList);
        history.perform(
                "edit workbook details", () -> applyDetails(details, newList), () -> applyDetails(before, oldList));
    }

    private void applyDetails(WorkbookDetails details, List<Participant> people) {
        workbook.setClient(blankToNull(details.client()));
        workbook.setFacilitator(blankToNull(details.facilitator()));
        workbook.setDate(details.date());
        for (int i = 0; i < people.size(); i++) {
            people.get(i).setName(details.participants().get(i).name());
            people.get(i).setRole(details.participants().get(i).role());
            people.get(i).setGroup(blankToNull(details.participants().get(i).group()));
        }
        workbook.getParticipants().clear();
        workbook.getParticipants().addAll(people);
        assessments.forEach(AssessmentModel::participantsChanged);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The file this workbook was opened from or last saved to; null for a new workbook or the sample. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path file() {
        return file.get();
    }

    /** What the title bar calls it: the file name, or the given name while it has no file. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    /** The name shown while there is no file (e.g. "Sample workshop"). */
    public void setUntitledName(String untitled) {
        this.untitledName = Objects.requireNonNull(untitled);
        updateName();
    }

    private void updateName() {
        name.set(
                file.get() == null || file.get().getFileName() == null
                        ? untitledName
                        : file.get().getFileName().toString());
    }

    public Workbook workbook() {
        return workbook;
    }

    public FrameworkCatalog catalog() {
        return catalog;
    }

    public EditHistory history() {
        return history;
    }

    public ObservableList<AssessmentModel> assessments() {
        return assessments;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
