package com.cxworkbook.ui.gaps;

import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;

/**
 * The worksheet table ({@code #gapTable}): one column per {@link GapColumn}, inline editors that keep
 * the typed value on focus loss, spreadsheet copy/paste, Delete to clear, drag-and-drop (or Alt+Up/Down)
 * ranking. All changes go through the {@link GapWorksheetViewModel}. The columns and their cells are
 * {@link GapTableColumns}, the keyboard {@link GapTableKeys}, the drag to rank {@link RankDrag}; section
 * heads are the rows' own ({@link GapRowViewModel#markSectionStarts}), so the table is never refreshed.
 */
class GapTable extends TableView<GapRowViewModel> {

    private final FrozenColumns frozen;

    GapTable(GapWorksheetViewModel viewModel) {
        setId("gapTable");
        setAccessibleText("Gap analysis worksheet of " + viewModel.title());
        setEditable(true);
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("No activity matches the filters."));
        // the room can hide columns it does not use (rank, section, check) to give Actions the width
        setTableMenuButtonVisible(true);
        // Fill the width while every column fits at its minimum; past that, scroll sideways rather than
        // hide columns (the built-in constrained policies also hide the horizontal scroll bar).
        setColumnResizePolicy(features -> {
            double needed = getVisibleLeafColumns().stream()
                            .mapToDouble(TableColumn::getMinWidth)
                            .sum()
                    + 20;
            return getWidth() >= needed
                    ? TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS.call(features)
                    : TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        });

        SortedList<GapRowViewModel> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        viewModel.rowsRevisionProperty().addListener(obs -> resortIfNeeded(sorted));

        getColumns().addAll(GapTableColumns.all(viewModel));

        // Activity, Current and Gap (and what leads them) stay in view while the table scrolls sideways
        frozen = new FrozenColumns(this, getColumns().subList(0, getColumns().indexOf(column(GapColumn.GAP)) + 1));
        setRowFactory(table -> RankDrag.row(this, frozen, viewModel));
        // the table scrolls to the focused cell, so an edit is never typed blind
        getFocusModel().focusedCellProperty().addListener((obs, old, cell) -> {
            if (cell != null && cell.getRow() >= 0) {
                frozen.revealRow(cell.getRow());
                frozen.reveal(cell.getTableColumn());
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, new GapTableKeys(this, viewModel)::keyPressed);
        // section names show only where a section starts in the shown order: the rows' own properties say
        // where, so a sort, filter or rating restyles the rows that changed rather than refreshing the table
        sorted.addListener((ListChangeListener<GapRowViewModel>) c -> GapRowViewModel.markSectionStarts(sorted));
        GapRowViewModel.markSectionStarts(sorted);
    }

    /**
     * The rows change in place (an edit, a new rank), which a SortedList does not notice: when the shown
     * order no longer follows the sort, sort again (a comparator change: a permutation, not a replaced
     * list). The table's own handling of a permutation keeps the rows but, with cell selection, not the
     * columns (the focus ends in the last column), so the selected and focused cells are put back by row
     * and column.
     */
    private void resortIfNeeded(SortedList<GapRowViewModel> sorted) {
        Comparator<GapRowViewModel> order = getComparator();
        if (order == null || inOrder(sorted, order)) {
            return;
        }
        TablePosition<GapRowViewModel, ?> focus = getFocusModel().getFocusedCell();
        GapRowViewModel focusedRow =
                focus == null || focus.getRow() < 0 ? null : getItems().get(focus.getRow());
        TableColumn<GapRowViewModel, ?> focusedColumn = focus == null ? null : focus.getTableColumn();
        List<ShownCell> selected = getSelectionModel().getSelectedCells().stream()
                .filter(p -> p.getRow() >= 0 && p.getRow() < getItems().size())
                .map(p -> new ShownCell(getItems().get(p.getRow()), p.getTableColumn()))
                .toList();
        sorted.comparatorProperty().unbind();
        sorted.setComparator(order::compare);
        sorted.comparatorProperty().bind(comparatorProperty());
        getSelectionModel().clearSelection();
        for (ShownCell cell : selected) {
            getSelectionModel().select(getItems().indexOf(cell.row()), cell.column());
        }
        if (focusedRow != null) {
            getFocusModel().focus(getItems().indexOf(focusedRow), focusedColumn);
        }
    }

    /** A cell by its row's model rather than its index, which a sort changes. */
    private record ShownCell(GapRowViewModel row, TableColumn<GapRowViewModel, ?> column) {}

    private static boolean inOrder(List<GapRowViewModel> rows, Comparator<GapRowViewModel> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Columns as shown (the user may have dragged them around). */
    List<GapColumn> columnOrder() {
        return getVisibleLeafColumns().stream().map(GapTable::kind).toList();
    }

    static GapColumn kind(TableColumn<?, ?> column) {
        return (GapColumn) column.getUserData();
    }

    TableColumn<GapRowViewModel, ?> column(GapColumn kind) {
        return getColumns().stream()
                .filter(c -> c.getUserData() == kind)
                .findFirst()
                .orElseThrow();
    }
}
