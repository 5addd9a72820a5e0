package com.cxworkbook.ui.workshop;

import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
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
            dialogs.showInformation(
                    "Facilitation mode", "Open a workbook with an assessment first, then start facilitation mode.");
            return;
        }
        FacilitationView view = new FacilitationView(new FacilitationViewModel(
                model.get(), main.sessionProperty().get().workbook().getParticipants()));
        Stage stage = stage("Facilitation — " + model.get().title(), view, 1280, 760);
        stage.setOnHidden(e -> view.dispose());
        showFullScreen(stage, projectorScreen());
        view.requestFocus();
    }

    public void openPrivateEntry() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            dialogs.showInformation("Private entry", "Open a workbook with an assessment first.");
            return;
        }
        PrivateEntryView view = new PrivateEntryView(new PrivateEntryViewModel(
                model.get(), main.sessionProperty().get().workbook().getParticipants()));
        // passed round on the laptop: full screen on the main window's screen, nothing else in view
        showFullScreen(stage("Private entry — " + model.get().title(), view, 1000, 760), ownerScreen());
    }

    public void openPerceptionGap() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            dialogs.showInformation("Perception gap", "Open a workbook with an assessment first.");
            return;
        }
        AssessmentModel m = model.get();
        var rows = PerceptionGap.rows(
                m.framework(),
                m.assessment(),
                main.sessionProperty().get().workbook().getParticipants(),
                m.result());
        stage("Perception gap — " + m.title(), new PerceptionGapView("Perception gap — " + m.title(), rows), 900, 500)
                .show();
    }

    /** Sets every item the room rated but that has no agreed rating yet to the room's median (one undo step each). */
    public void agreeOnMedians() {
        Optional<AssessmentModel> model = target();
        if (model.isEmpty()) {
            return;
        }
        int filled = AgreedRatings.fillFromMedians(
                model.get(), main.sessionProperty().get().workbook().getParticipants());
        dialogs.showInformation(
                "Agreed ratings",
                filled == 0
                        ? "Every item the room rated already has an agreed rating."
                        : filled
                                + " item(s) now use the room's median as the agreed rating. Change any of them in the grid; Undo reverts each.");
    }

    /**
     * Full screen on {@code screen}; Esc closes the window (rather than only leaving full screen), so the
     * facilitator is back on the main window with one key.
     */
    private static void showFullScreen(Stage stage, Screen screen) {
        Rectangle2D bounds = screen.getVisualBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(Math.min(stage.getScene().getWidth(), bounds.getWidth()));
        stage.setHeight(Math.min(stage.getScene().getHeight(), bounds.getHeight()));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("Esc closes this window");
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            } else if (e.getCode() == KeyCode.F11) {
                e.consume();
                stage.setFullScreen(!stage.isFullScreen());
            }
        });
        stage.setFullScreen(true);
        stage.show();
    }

    /** The screen the main window is on. */
    private Screen ownerScreen() {
        return screens(owner).stream().findFirst().orElse(Screen.getPrimary());
    }

    /** The projector: with two or more screens, one the main window is not on; else the main window's. */
    Screen projectorScreen() {
        Screen own = ownerScreen();
        return Screen.getScreens().stream()
                .filter(s -> !s.equals(own))
                .findFirst()
                .orElse(own);
    }

    private static List<Screen> screens(Window window) {
        if (window == null || window.getWidth() <= 0) {
            return List.of();
        }
        return Screen.getScreensForRectangle(
                window.getX() + window.getWidth() / 2, window.getY() + window.getHeight() / 2, 1, 1);
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
