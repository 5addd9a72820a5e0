package com.cxworkbook.ui.file;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Wires the file features into the main window and its stage, without the window having to know them (and
 * without this package depending on the window's: ui.main sits above every screen).
 */
public final class FileUi {

    private FileUi() {}

    /**
     * Adds the File menu items, the recovery bar under the menu and a file status line, asks about unsaved
     * changes when the window is closed, and autosaves on a timer and when the window loses focus.
     */
    public static void install(Stage stage, BorderPane view, Menu fileMenu, FileViewModel viewModel, Runnable exit) {
        FileMenu.install(fileMenu, viewModel);
        view.setTop(new VBox(view.getTop(), new RecoveryBanner(viewModel)));
        Label status = new Label();
        status.setId("fileStatus");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(viewModel.statusProperty());
        // success, warning and error look different (colour and a mark), so "Saved" never reads as a fault
        viewModel.statusKindProperty().addListener((obs, old, kind) -> styleStatus(status, kind));
        styleStatus(status, viewModel.statusKindProperty().get());
        view.setBottom(new VBox(view.getBottom(), status));
        stage.setOnCloseRequest(e -> {
            e.consume();
            viewModel.requestClose(exit);
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.autosave();
            }
        });
        new AutosaveTimer(viewModel);
    }

    private static void styleStatus(Label status, StatusKind kind) {
        status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-line"));
        status.getStyleClass().add("status-" + kind.name().toLowerCase(Locale.ROOT));
        status.setGraphic(null);
        String mark =
                switch (kind) {
                    case SUCCESS -> "✓";
                    case WARNING -> "⚠";
                    case ERROR -> "✖";
                    case INFO -> null;
                };
        if (mark != null) {
            Label icon = new Label(mark);
            icon.getStyleClass().add("status-mark");
            status.setGraphic(icon);
        }
        status.setAccessibleText(kind.name().toLowerCase(Locale.ROOT) + ": " + status.getText());
    }
}
