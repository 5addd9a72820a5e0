package com.cxworkbook.ui.gaps;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The gap table's keyboard, as in a spreadsheet: Tab across the row (wrapping), Ctrl+C / Ctrl+V as
 * tab-separated text, Delete to clear the selection, Alt+Up/Down to move a row's rank, Enter to edit.
 * Keys go to an open editor first: nothing here runs while a cell is being edited.
 */
final class GapTableKeys {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RANK_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination RANK_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final GapTable table;
    private final GapWorksheetViewModel viewModel;

    GapTableKeys(GapTable table, GapWorksheetViewModel viewModel) {
        this.table = table;
        this.viewModel = viewModel;
    }

    void keyPressed(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<GapRowViewModel, ?> focus = table.getFocusModel().getFocusedCell();
        GapRowViewModel row =
                focus == null || focus.getRow() < 0 ? null : table.getItems().get(focus.getRow());
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && row != null) {
            // like a spreadsheet: Tab moves across the row (Shift+Tab back), wrapping to the next or
            // previous row; it never leaves the table while a row is focused (Ctrl+Tab does)
            moveAcross(focus.getRow(), table.getVisibleLeafIndex(focus.getTableColumn()), e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (COPY.match(e)) {
            copy();
            e.consume();
        } else if (PASTE.match(e) && row != null) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                viewModel.paste(
                        text,
                        List.copyOf(table.getItems()
                                .subList(focus.getRow(), table.getItems().size())),
                        GapTable.kind(focus.getTableColumn()),
                        table.columnOrder());
            }
            e.consume();
        } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && row != null) {
            viewModel.clear(selectedRows(), selectedColumns());
            e.consume();
        } else if (RANK_UP.match(e) && row != null) {
            viewModel.moveRankBy(row, -1);
            e.consume();
        } else if (RANK_DOWN.match(e) && row != null) {
            viewModel.moveRankBy(row, 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER
                && row != null
                && focus.getTableColumn() != null
                && GapTable.kind(focus.getTableColumn()).editable()) {
            table.edit(focus.getRow(), focus.getTableColumn());
            e.consume();
        }
    }

    /** Moves the focused cell one column across, wrapping at the ends of a row. */
    void moveAcross(int row, int column, int step) {
        int columns = table.getVisibleLeafColumns().size();
        int next = column + step;
        if (next >= columns && row < table.getItems().size() - 1) {
            row++;
            next = 0;
        } else if (next < 0 && row > 0) {
            row--;
            next = columns - 1;
        }
        focusCell(row, Math.max(0, Math.min(columns - 1, next)));
    }

    /** Selects and focuses one cell and puts the keyboard on the table. */
    void focusCell(int row, int column) {
        TableColumn<GapRowViewModel, ?> target = table.getVisibleLeafColumn(column);
        table.getSelectionModel().clearAndSelect(row, target);
        table.getFocusModel().focus(row, target);
        table.requestFocus();
    }

    /** Copies the selected cells' bounding rectangle, as spreadsheets expect a rectangle. */
    void copy() {
        List<GapRowViewModel> rows = selectedRows();
        List<GapColumn> columns = selectedColumns();
        if (rows.isEmpty() || columns.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.copy(rows, columns));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private List<GapRowViewModel> selectedRows() {
        return table.getSelectionModel().getSelectedCells().stream()
                .map(TablePosition::getRow)
                .distinct()
                .sorted()
                .map(table.getItems()::get)
                .toList();
    }

    private List<GapColumn> selectedColumns() {
        List<GapColumn> order = table.columnOrder();
        return table.getSelectionModel().getSelectedCells().stream()
                .map(p -> GapTable.kind(p.getTableColumn()))
                .distinct()
                .sorted(Comparator.comparingInt(order::indexOf))
                .toList();
    }
}
