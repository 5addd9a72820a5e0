package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * What every grid row has whatever its layout: the row's id, its value cells, the N/A toggle, the status
 * line and the focus band, and the redraw after a rating change. {@link ValueRow} places them in a GridPane
 * and {@link ChecklistRow} in a VBox; both answer {@link RowView} through this, so the two behave alike.
 */
final class RowControls {

    private final GridViewModel vm;
    private final Item item;
    private final Pane row;
    private final Map<Integer, Button> cells = new LinkedHashMap<>();
    private final CheckBox na;
    private final Label status = new Label();
    private final FocusBand focusBand = new FocusBand();

    /** Gives {@code row} its stable id {@code row-<itemId>} and its style class. */
    RowControls(GridViewModel vm, Item item, Pane row, String styleClass) {
        this.vm = vm;
        this.item = item;
        this.row = row;
        row.setId("row-" + item.id());
        row.getStyleClass().add(styleClass);
        status.getStyleClass().add("item-status");
        na = RowParts.notApplicable(vm, item);
    }

    /** A new value cell (id {@code cell-<itemId>-<value>}), kept in value order for the row to place. */
    Button cell(int value, String text) {
        Button cell = RowParts.cell(vm, item, value, text);
        cells.put(value, cell);
        return cell;
    }

    /** Call last in the row's constructor: puts the focus band behind the row and shows the item's rating. */
    void ready() {
        focusBand.cover(row);
        refresh();
    }

    Item item() {
        return item;
    }

    Map<Integer, Button> cells() {
        return cells;
    }

    CheckBox notApplicable() {
        return na;
    }

    Label status() {
        return status;
    }

    void refresh() {
        RowParts.refreshCells(vm, item, cells, row, na, status);
    }

    void setFocused(boolean focused) {
        focusBand.show(focused);
    }

    Node focusTarget(Integer value) {
        return value != null && cells.containsKey(value)
                ? cells.get(value)
                : cells.values().iterator().next();
    }
}
