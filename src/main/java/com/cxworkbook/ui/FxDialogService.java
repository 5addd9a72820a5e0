package com.cxworkbook.ui;

import com.cxworkbook.persistence.WorkbookStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX alerts, owned by the main window so they stay on the projector screen with it. */
public class FxDialogService implements DialogService {

    private static final FileChooser.ExtensionFilter WORKBOOK_FILES = new FileChooser.ExtensionFilter(
            "CX workbooks (*" + WorkbookStore.EXTENSION + ")", "*" + WorkbookStore.EXTENSION);
    private static final FileChooser.ExtensionFilter ALL_FILES = new FileChooser.ExtensionFilter("All files", "*.*");

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Choice<T>> dialog = choiceDialog(title, message, options, label);
        return dialog.showAndWait().map(Choice::value);
    }

    /** One option as the dialog lists it: its own object, so two options with the same label stay two. */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** The dialog {@link #choose} shows; the list holds a {@link Choice} per option, in order. */
    <T> ChoiceDialog<Choice<T>> choiceDialog(String title, String message, List<T> options, Function<T, String> label) {
        List<Choice<T>> choices =
                options.stream().map(o -> new Choice<>(o, label.apply(o))).toList();
        ChoiceDialog<Choice<T>> dialog = new ChoiceDialog<>(choices.get(0), choices);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.getDialogPane().setId("choiceDialog");
        return dialog;
    }

    @Override
    public Optional<Path> chooseSaveFile(
            String title, Path folder, String suggestedName, String description, String pattern) {
        FileChooser chooser = chooser(title, folder, new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, title, message).showAndWait();
    }

    /** An alert owned by the main window, its message in a wrapping {@code #dialogMessage} label. */
    private Alert alert(Alert.AlertType type, String title, String header, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("dialogMessage");
        alert.getDialogPane().setContent(content);
        return alert;
    }

    @Override
    public SaveChoice askSaveChanges(String workbookName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(
                Alert.AlertType.CONFIRMATION,
                "Unsaved changes",
                "Save changes to " + workbookName + "?",
                "Your changes will be lost if you don't save them.",
                save,
                dontSave,
                cancel);
        alert.getDialogPane().lookupButton(save).setId("saveChangesButton");
        alert.getDialogPane().lookupButton(dontSave).setId("dontSaveButton");
        alert.getDialogPane().lookupButton(cancel).setId("cancelCloseButton");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        FileChooser chooser = chooser("Open workbook", folder, WORKBOOK_FILES, ALL_FILES);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save workbook", folder, WORKBOOK_FILES, ALL_FILES);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        // Only a folder that still exists: a chooser given a missing one fails to open on some platforms.
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public <R> Optional<R> showDialog(Dialog<R> dialog) {
        if (dialog.getOwner() == null && owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path folder, String description, String... patterns) {
        FileChooser chooser = chooser(title, folder, new FileChooser.ExtensionFilter(description, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, title, message, ok, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(ok).setId("confirmButton");
        alert.getDialogPane().lookupButton(ButtonType.CANCEL).setId("cancelButton");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ok;
    }
}
