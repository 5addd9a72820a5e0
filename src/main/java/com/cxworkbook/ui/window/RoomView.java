package com.cxworkbook.ui.window;

import com.cxworkbook.ui.MainViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The room view (View → Room view, F11) is real full screen: the window fills the screen it is on, and
 * leaving full screen (Esc, or the window manager) leaves the room view. MainView hides the menu bar and
 * the outline; this class only ties the stage's full-screen state to the view-model's projector mode.
 */
public final class RoomView {

    private RoomView() {}

    public static void install(Stage stage, Scene scene, MainViewModel viewModel) {
        stage.setFullScreenExitHint("Room view — Esc leaves it");
        // Esc is handled here, not by the stage, so an editor or popup that uses Esc gets it first
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        viewModel.projectorModeProperty().addListener((obs, was, on) -> stage.setFullScreen(on));
        stage.fullScreenProperty().addListener((obs, was, full) -> {
            if (!full && viewModel.projectorModeProperty().get()) {
                viewModel.projectorModeProperty().set(false);
            }
        });
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE
                    && viewModel.projectorModeProperty().get()) {
                viewModel.projectorModeProperty().set(false);
                e.consume();
            }
        });
        if (viewModel.projectorModeProperty().get()) {
            stage.setFullScreen(true);
        }
    }
}
