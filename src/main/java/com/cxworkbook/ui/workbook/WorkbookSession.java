package com.cxworkbook.ui.workbook;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.edit.EditHistory;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open workbook: its assessments as observable models, one undo history, and whether it is saved. */
public class WorkbookSession {

    private final Workbook workbook;
    private final FrameworkCatalog catalog;
    private final EditHistory history = new EditHistory();
    private final ObservableList<AssessmentModel> assessments = FXCollections.observableArrayList();
    private final LongProperty savedRevision = new SimpleLongProperty();
    private final BooleanBinding dirty;

    public WorkbookSession(Workbook workbook, FrameworkCatalog catalog) {
        this.workbook = workbook;
        this.catalog = catalog;
        for (Assessment assessment : workbook.getAssessments()) {
            // An assessment of a framework this app lacks stays in the workbook (and is saved back
            // untouched) but gets no model: no screen can show or score it.
            if (catalog.find(assessment.getFrameworkId()).isPresent()) {
                assessments.add(model(assessment));
            }
        }
        savedRevision.set(history.revisionProperty().get());
        dirty = Bindings.notEqual(history.revisionProperty(), savedRevision);
    }

    private AssessmentModel model(Assessment assessment) {
        return new AssessmentModel(assessment, catalog.find(assessment.getFrameworkId()).orElse(null), history);
    }

    /** Adds an assessment as an undoable edit and returns its model. */
    public AssessmentModel addAssessment(Assessment assessment) {
        AssessmentModel model = model(assessment);
        history.perform("add " + model.title(), () -> {
            workbook.getAssessments().add(assessment);
            assessments.add(model);
        }, () -> {
            workbook.getAssessments().remove(assessment);
            assessments.remove(model);
        });
        return model;
    }

    /** Call after a successful save: the current state becomes the clean one. */
    public void markSaved() {
        savedRevision.set(history.revisionProperty().get());
    }

    public Workbook workbook() { return workbook; }
    public FrameworkCatalog catalog() { return catalog; }
    public EditHistory history() { return history; }
    public ObservableList<AssessmentModel> assessments() { return assessments; }
    public BooleanBinding dirtyProperty() { return dirty; }
    public boolean isDirty() { return dirty.get(); }
}
