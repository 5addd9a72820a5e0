package com.cxworkbook.ui.main;

import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.assessment.AssessmentWorkspace;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The screen Enter on the home opens (the first assessment's workspace), built while the user reads the
 * home: hidden in the centre, styled and laid out, so Enter only has to show it. Building and styling the
 * first grid of a session is most of a second on a slow laptop (the JVM runs that code for the first
 * time; every node is styled); shown from here it takes one frame.
 *
 * <p>It is built from the live model and listens to it like any shown screen, so it never goes stale; it
 * is dropped when the workbook or its list of assessments changes (and made again for the home's new first
 * assessment), or when another assessment is opened.
 * Preparing waits a moment after the home's frame, so a key pressed at once is not kept waiting behind it.
 * While hidden it is unmanaged and invisible: not drawn, not focusable, not seen by screen readers.
 */
final class PreparedWorkspace {

    /** Longer than a frame, shorter than anyone takes to read the home and press Enter. */
    private static final Duration AFTER_HOME_FRAME = Duration.millis(150);

    private final StackPane centre;
    private final MainViewModel viewModel;
    private final ListChangeListener<AssessmentModel> onAssessmentsChanged = change -> {
        // the first assessment may be another one now: prepare again
        discard();
        prepareSoon();
    };
    private AssessmentWorkspace workspace;
    private AssessmentModel model;
    private boolean scheduled;

    PreparedWorkspace(StackPane centre, MainViewModel viewModel) {
        this.centre = centre;
        this.viewModel = viewModel;
        viewModel.sessionProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.assessments().removeListener(onAssessmentsChanged);
            }
            discard();
            if (now != null) {
                now.assessments().addListener(onAssessmentsChanged);
                prepareSoon();
            }
        });
        centre.sceneProperty().addListener((obs, old, scene) -> prepareSoon());
    }

    /**
     * Shows the prepared workspace if it is this assessment's, in place of the centre's first child (the
     * home), and returns it; otherwise drops any prepared one and returns null. The prepared workspace is
     * never taken out of the scene, so nothing in it is styled again.
     */
    AssessmentWorkspace show(AssessmentModel wanted) {
        // a new workbook has already dropped it (the session listener), so its model is enough to compare
        if (workspace == null || wanted != model) {
            discard();
            return null;
        }
        AssessmentWorkspace shown = workspace;
        workspace = null;
        centre.getChildren().remove(0);
        shown.toBack();
        shown.setManaged(true);
        shown.setVisible(true);
        return shown;
    }

    private void prepareSoon() {
        Scene scene = centre.getScene();
        if (scheduled || scene == null || viewModel.sessionProperty().get() == null) {
            return;
        }
        scheduled = true;
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            // the scene walks its listener list while calling us: remove after the pulse
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            PauseTransition pause = new PauseTransition(AFTER_HOME_FRAME);
            pause.setOnFinished(e -> {
                scheduled = false;
                prepare();
            });
            pause.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void prepare() {
        AssessmentModel next = viewModel.continueWith();
        WorkbookSession current = viewModel.sessionProperty().get();
        if (workspace != null
                || next == null
                || current == null
                || centre.getScene() == null
                || viewModel.selectedAssessmentProperty().get() != null) {
            return;
        }
        workspace = new AssessmentWorkspace(next, current);
        model = next;
        workspace.setVisible(false);
        workspace.setManaged(false);
        centre.getChildren().add(workspace);
        workspace.applyCss();
        workspace.resize(centre.getWidth(), centre.getHeight());
        workspace.layout();
    }

    private void discard() {
        if (workspace != null) {
            centre.getChildren().remove(workspace);
            workspace = null;
            model = null;
        }
    }
}
