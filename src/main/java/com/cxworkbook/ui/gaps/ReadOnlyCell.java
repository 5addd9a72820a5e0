package com.cxworkbook.ui.gaps;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;

/** A computed or descriptive worksheet cell (rank, section, activity, gap, warnings). */
class ReadOnlyCell<T> extends TableCell<GapRowViewModel, T> {

    private final GapColumn column;
    private final Function<T, String> format;

    ReadOnlyCell(GapColumn column, Function<T, String> format) {
        this.column = column;
        this.format = format;
        getStyleClass().add(column.id() + "-cell");
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        GapRowViewModel row = empty ? null : rowItem();
        setId(row == null ? null : column.cellId(row));
        if (row == null) {
            setText(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        String text = text(value, row);
        setText(text);
        setAccessibleText(
                column.header() + " of " + row.activity() + ": " + (text == null || text.isEmpty() ? "empty" : text));
    }

    protected String text(T value, GapRowViewModel row) {
        return format.apply(value);
    }

    protected GapRowViewModel rowItem() {
        TableView<GapRowViewModel> table = getTableView();
        int index = getIndex();
        return table == null || index < 0 || index >= table.getItems().size()
                ? null
                : table.getItems().get(index);
    }

    /** Section names only where a new section starts in the shown order, so the table reads as grouped. */
    static class SectionCell extends ReadOnlyCell<GapRowViewModel.SectionHead> {
        SectionCell() {
            super(GapColumn.SECTION, head -> head.start() ? head.name() : "");
        }

        @Override
        protected String text(GapRowViewModel.SectionHead value, GapRowViewModel row) {
            setTooltip(EditingCell.tooltip(row.section().name()));
            return value == null || !value.start() ? "" : value.name();
        }
    }

    /** A warning sign with the reasons as tooltip; warnings never stop an edit. */
    static class WarningCell extends ReadOnlyCell<List<String>> {
        WarningCell() {
            super(GapColumn.WARNINGS, w -> "");
        }

        @Override
        protected String text(List<String> warnings, GapRowViewModel row) {
            if (warnings == null || warnings.isEmpty()) {
                setTooltip(null);
                getStyleClass().remove("gap-warning");
                return "";
            }
            setTooltip(EditingCell.tooltip(String.join("\n", warnings)));
            if (!getStyleClass().contains("gap-warning")) {
                getStyleClass().add("gap-warning");
            }
            return "⚠ " + warnings.size();
        }

        @Override
        protected void updateItem(List<String> value, boolean empty) {
            getStyleClass().remove("gap-warning");
            super.updateItem(value, empty);
            if (!empty && value != null && !value.isEmpty()) {
                setAccessibleText("Warnings for " + rowItem().activity() + ": " + String.join(" ", value));
            }
        }
    }
}
