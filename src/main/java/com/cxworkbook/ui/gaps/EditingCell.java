package com.cxworkbook.ui.gaps;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A worksheet cell with an inline editor that keeps what was typed however the edit ends: Enter, Tab or
 * focus loss commit; only Escape cancels.
 *
 * <p>A plain TableView cell loses the edit when the user clicks elsewhere: the table cancels the edit
 * before the editor's focus-lost handler can commit, and a commit after that is ignored because the cell is
 * no longer editing. So this cell never relies on {@code commitEdit} to deliver the value: every ending
 * except Escape hands the editor's value straight to the view model (which ignores unchanged values), and
 * {@link #cancelEdit()} does the same unless Escape caused it. The row is remembered when editing starts,
 * because by the time a cancel arrives the cell may already show another row.
 */
abstract class EditingCell<T> extends TableCell<GapRowViewModel, T> {

    private final GapColumn column;
    private final BiConsumer<GapRowViewModel, T> commit;
    private final Function<T, String> format;
    private GapRowViewModel editingRow;
    private boolean escaped;
    private boolean committing;

    EditingCell(GapColumn column, BiConsumer<GapRowViewModel, T> commit, Function<T, String> format) {
        this.column = column;
        this.commit = commit;
        this.format = format;
        getStyleClass().add(column.id() + "-cell");
    }

    /** The editor control, created once per cell. */
    protected abstract Control editor();

    /** Puts a value into the editor before editing starts. */
    protected abstract void load(T value);

    /** The editor's current value, including text typed but not yet confirmed. */
    protected abstract T read();

    /** Gives the editor keyboard focus (and opens a popup where that helps). */
    protected void focusEditor() {
        editor().requestFocus();
    }

    /** Called by editors for Enter, Tab, a pick from a list or focus loss. */
    protected void commitFromEditor() {
        if (!isEditing() || committing) {
            return;
        }
        T value = read();
        deliver(value);
        committing = true;
        try {
            commitEdit(value);
        } finally {
            committing = false;
        }
    }

    /** Enter: commits and moves down to the same column of the next row, as in a spreadsheet. */
    protected void commitAndMoveDown() {
        TableView<GapRowViewModel> table = getTableView();
        int row = getIndex();
        int column = table.getVisibleLeafIndex(getTableColumn());
        commitFromEditor();
        moveFocus(table, Math.min(row + 1, table.getItems().size() - 1), column);
    }

    /** Escape: the cell shows the old value again and nothing reaches the model. */
    protected void cancelFromEditor() {
        escaped = true;
        try {
            cancelEdit();
        } finally {
            escaped = false;
        }
        getTableView().requestFocus();
    }

    private void deliver(T value) {
        GapRowViewModel row = editingRow;
        if (row != null) {
            commit.accept(row, value);
        }
    }

    /** Keys every editor shares: Escape cancels, Tab commits and moves to the next cell. */
    protected void installKeys(Control editor) {
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelFromEditor();
            } else if (e.getCode() == KeyCode.TAB) {
                e.consume();
                TableView<GapRowViewModel> table = getTableView();
                int row = getIndex();
                int from = table.getVisibleLeafIndex(getTableColumn());
                commitFromEditor();
                moveFocus(table, row, from + (e.isShiftDown() ? -1 : 1));
            }
        });
        editor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing() && !popupShowing()) {
                commitFromEditor();
            }
        });
    }

    /** True while the editor's own popup (list, calendar) has the user's attention. */
    protected boolean popupShowing() {
        return false;
    }

    private static void moveFocus(TableView<GapRowViewModel> table, int row, int column) {
        int next = Math.max(0, Math.min(table.getVisibleLeafColumns().size() - 1, column));
        table.getSelectionModel().clearAndSelect(row, table.getVisibleLeafColumn(next));
        table.getFocusModel().focus(row, table.getVisibleLeafColumn(next));
        table.requestFocus();
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editingRow = rowItem();
        load(getItem());
        setText(null);
        setGraphic(editor());
        Platform.runLater(() -> {
            if (isEditing()) {
                focusEditor();
            }
        });
        focusEditor();
    }

    @Override
    public void cancelEdit() {
        if (isEditing() && !escaped && !committing) {
            // the table ended the edit (click on another cell, scrolling, re-sorting): keep the typed value
            deliver(read());
        }
        super.cancelEdit();
        show(getItem(), false);
    }

    @Override
    public void commitEdit(T value) {
        super.commitEdit(value);
        show(getItem(), isEmpty());
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        GapRowViewModel row = empty ? null : rowItem();
        setId(row == null ? null : column.cellId(row));
        if (isEditing()) {
            return;
        }
        show(value, empty || row == null);
    }

    private void show(T value, boolean empty) {
        if (empty) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        String text = format.apply(value);
        setText(text);
        setGraphic(null);
        GapRowViewModel row = rowItem();
        setAccessibleText(column.header() + (row == null ? "" : " of " + row.activity()) + ": "
                + (text == null || text.isEmpty() ? "empty" : text));
        decorate(value);
    }

    /** The row this cell shows, read from the table so it is right even before the TableRow updates. */
    protected GapRowViewModel rowItem() {
        TableView<GapRowViewModel> table = getTableView();
        int index = getIndex();
        return table == null || index < 0 || index >= table.getItems().size()
                ? null
                : table.getItems().get(index);
    }

    /** Hook for per-value styling (priority colours, warnings). */
    protected void decorate(T value) {}

    protected GapColumn column() {
        return column;
    }

    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }
}
