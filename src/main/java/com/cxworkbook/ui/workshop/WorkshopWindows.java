package com.cxworkbook.ui.workshop;

import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the workshop screens (facilitation mode, private entry) in their own windows for the projector. */
public class WorkshopWindows {

    private final MainViewModel main;
    private final DialogService dialogs;
    private final Window owner;

    public WorkshopWindows(MainViewModel main, DialogService dialogs, Window owner) {
        this.main = main;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** The selected assessment, else the workbook's first one with a known framework. */
    Optional<AssessmentModel> target() {
        AssessmentModel selected = main.selectedAssessmentProperty().get();
        if (selected != null && selected.framework() != null) {
            return Optional.of(selected);
        }
        WorkbookSession session = main.sessionProperty().get();
        if (session == null) {
            return Optional.empty();
        }
        return session.assessments().stream().filter(m -> m.framework() != null).findFirst();
    }

    public void openFacilitation() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            dialogs.showInformation("Facilitation mode", "Open a workbook with an assessment first, then start facilitation mode.");
            return;
        }
        FacilitationView view = new FacilitationView(new FacilitationViewModel(model.get(),
                main.sessionProperty().get().workbook().getParticipants()));
        Stage stage = stage("Facilitation — " + model.get().title(), view, 1280, 760);
        stage.setOnHidden(e -> view.dispose());
        stage.show();
        view.requestFocus();
    }

    public void openPrivateEntry() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            dialogs.showInformation("Private entry", "Open a workbook with an assessment first.");
            return;
        }
        PrivateEntryView view = new PrivateEntryView(new PrivateEntryViewModel(model.get(),
                main.sessionProperty().get().workbook().getParticipants()));
        stage("Private entry — " + model.get().title(), view, 1000, 760).show();
    }

    public void openPerceptionGap() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            dialogs.showInformation("Perception gap", "Open a workbook with an assessment first.");
            return;
        }
        AssessmentModel m = model.get();
        var rows = PerceptionGap.rows(m.framework(), m.assessment(), main.sessionProperty().get().workbook().getParticipants(), m.result());
        stage("Perception gap — " + m.title(), new PerceptionGapView("Perception gap — " + m.title(), rows), 900, 500).show();
    }

    /** Sets every item the room rated but that has no agreed rating yet to the room's median (one undo step each). */
    public void agreeOnMedians() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            return;
        }
        int filled = AgreedRatings.fillFromMedians(model.get(), main.sessionProperty().get().workbook().getParticipants());
        dialogs.showInformation("Agreed ratings", filled == 0 ? "Every item the room rated already has an agreed rating."
                : filled + " item(s) now use the room's median as the agreed rating. Change any of them in the grid; Undo reverts each.");
    }

    private Stage stage(String title, Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        if (owner.getScene().getRoot().getStyleClass().contains("projector")) {
            root.getStyleClass().add("projector");
        }
        stage.setScene(scene);
        return stage;
    }
}
