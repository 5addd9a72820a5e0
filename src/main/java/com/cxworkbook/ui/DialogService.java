package com.cxworkbook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Dialog;

/**
 * Every dialog goes through here so view-models can be tested with a fake that records what was asked.
 * The file and confirmation methods have safe defaults (nothing chosen, cancel) so a fake only overrides
 * what its test needs.
 */
public interface DialogService {

    /** The answer to "save changes before …?". */
    enum SaveChoice {
        SAVE,
        DONT_SAVE,
        CANCEL
    }

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks whether to save unsaved changes to {@code workbookName} before it is closed or replaced. */
    default SaveChoice askSaveChanges(String workbookName) {
        return SaveChoice.CANCEL;
    }

    /** A workbook file to open, starting in {@code folder} (null: the user's home). */
    default Optional<Path> chooseWorkbookToOpen(Path folder) {
        return Optional.empty();
    }

    /** Where to save a workbook, starting in {@code folder} with {@code suggestedName}. */
    default Optional<Path> chooseWorkbookToSave(Path folder, String suggestedName) {
        return Optional.empty();
    }

    /**
     * Shows a dialog a view built (owned by the main window unless it has an owner) and returns its result;
     * empty when cancelled. Views call this; view-models take the answer as a function so that they never
     * build a dialog and their tests need no toolkit.
     */
    default <R> Optional<R> showDialog(Dialog<R> dialog) {
        return Optional.empty();
    }

    /**
     * Asks the user to pick one of {@code options}, each shown by {@code label}; empty when cancelled.
     * The default answers "cancelled" so fakes that never ask need not implement it.
     */
    default <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        return Optional.empty();
    }

    /**
     * Asks where to save a file; empty when cancelled. {@code folder} may be null (the system's choice);
     * {@code pattern} is a glob such as "*.xlsx" shown as {@code description}.
     */
    default Optional<Path> chooseSaveFile(
            String title, Path folder, String suggestedName, String description, String pattern) {
        return Optional.empty();
    }

    /**
     * A file to open (a framework to import, a client's gap sheet), starting in {@code folder}; {@code patterns}
     * are globs such as "*.xlsx" shown as {@code description}.
     */
    default Optional<Path> chooseOpenFile(String title, Path folder, String description, String... patterns) {
        return Optional.empty();
    }

    /** Asks to go ahead with {@code okLabel} or cancel; false when cancelled. */
    default boolean confirm(String title, String message, String okLabel) {
        return false;
    }
}
