package com.cxworkbook.ui.edit;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Edit menu with Undo/Redo bound to the open workbook's history; both are disabled while no workbook is
 * open. Redo answers Shortcut+Y (Windows habit) and Shortcut+Shift+Z (macOS and Linux habit).
 */
public class EditMenu extends Menu {

    private final MenuItem undo = new MenuItem("Undo");
    private final MenuItem redo = new MenuItem("Redo");

    public EditMenu(ObservableValue<EditHistory> history) {
        super("_Edit");
        setId("editMenu");
        undo.setId("undoMenuItem");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> run(history, EditHistory::undo));
        redo.setId("redoMenuItem");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> run(history, EditHistory::redo));
        // A menu item holds one accelerator: a hidden twin carries the second redo shortcut
        MenuItem redoAlternative = new MenuItem("Redo");
        redoAlternative.setId("redoAlternativeMenuItem");
        redoAlternative.setAccelerator(
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        redoAlternative.setOnAction(redo.getOnAction());
        redoAlternative.setVisible(false);
        redoAlternative.disableProperty().bind(redo.disableProperty());
        getItems().addAll(undo, redo, redoAlternative);
        history.addListener((obs, old, now) -> bind(now));
        bind(history.getValue());
    }

    private static void run(ObservableValue<EditHistory> history, Consumer<EditHistory> action) {
        if (history.getValue() != null) {
            action.accept(history.getValue());
        }
    }

    private void bind(EditHistory history) {
        undo.textProperty().unbind();
        redo.textProperty().unbind();
        undo.disableProperty().unbind();
        redo.disableProperty().unbind();
        if (history == null) {
            undo.setText("Undo");
            redo.setText("Redo");
            undo.setDisable(true);
            redo.setDisable(true);
            return;
        }
        undo.textProperty().bind(history.undoTextProperty());
        redo.textProperty().bind(history.redoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.disableProperty().bind(history.canRedoProperty().not());
    }
}
