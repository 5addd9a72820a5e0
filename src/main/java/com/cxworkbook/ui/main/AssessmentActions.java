package com.cxworkbook.ui.main;

import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.StatusKind;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * "Rename assessment…" and "Delete assessment" in the Workbook menu and in the assessment list's context
 * menu (F2 and Delete in the list). They act on the open assessment, which is the list's selection.
 * No global shortcut: F2 and Delete mean something else in the grid and the gap table.
 */
public final class AssessmentActions {

    private final MainViewModel main;
    private final AssessmentActionsViewModel viewModel;
    private final Supplier<DialogService> dialogs;

    public AssessmentActions(MainViewModel main, Supplier<DialogService> dialogs) {
        this.main = main;
        this.viewModel = new AssessmentActionsViewModel(main);
        this.dialogs = dialogs;
    }

    /** Where rename and delete say what they did (the status line). */
    public void reportTo(BiConsumer<StatusKind, String> status) {
        viewModel.reportTo(status);
    }

    MenuItem renameItem() {
        return item("Re_name assessment…", "renameAssessmentMenuItem", this::rename);
    }

    MenuItem deleteItem() {
        return item("_Delete assessment", "deleteAssessmentMenuItem", this::delete);
    }

    /** The list's context menu and keys: F2 renames, Delete (or Backspace) deletes the selected assessment. */
    void attachTo(ListView<AssessmentModel> list) {
        // made on the first request, not at start-up: a context menu is a popup window with a scene of its own
        list.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (list.getContextMenu() == null) {
                list.setContextMenu(new ContextMenu(
                        item("Rename…", "renameAssessmentContextItem", this::rename),
                        item("Delete", "deleteAssessmentContextItem", this::delete)));
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && main.selectedAssessmentProperty().get() != null) {
                rename();
                e.consume();
            } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && main.selectedAssessmentProperty().get() != null) {
                // Backspace too: it is the key labelled "delete" on a Mac keyboard
                delete();
                e.consume();
            }
        });
    }

    private MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(main.selectedAssessmentProperty().isNull());
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rename() {
        viewModel.rename(main.selectedAssessmentProperty().get(), this::askTitle);
    }

    private void delete() {
        viewModel.delete(main.selectedAssessmentProperty().get());
    }

    /** A one-field dialog with the current title selected; OK stays disabled while the field is blank. */
    private Optional<String> askTitle(String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.setTitle("Rename assessment");
        dialog.setHeaderText("New name for “" + current + "”");
        dialog.getDialogPane().setId("renameAssessmentDialog");
        dialog.getEditor().setId("renameAssessmentField");
        dialog.getEditor().setPrefColumnCount(30);
        ObservableValue<Boolean> blank = Bindings.createBooleanBinding(
                () -> dialog.getEditor().getText().isBlank(), dialog.getEditor().textProperty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(blank);
        dialog.setOnShown(e -> dialog.getEditor().selectAll());
        return dialogs.get().showDialog(dialog);
    }
}
