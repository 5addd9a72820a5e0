package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A characteristic inside a stage column. On a 0/1 scale (salesEQUITY) it is answered with two cells,
 * "Describes us" (1) and "Does not describe us" (0), so "not rated" stays visibly different from "does not";
 * on a wider scale (Attract/Convert/Advocate) it carries one small cell per value, the values that count as
 * describing the client marked. Nothing in the row appears or disappears when it is answered (the status
 * line always holds one line of text), so the card under the pointer never moves.
 */
final class ChecklistRow extends VBox implements RowView {

    private final GridViewModel vm;
    private final Item item;
    private final Map<Integer, Button> cells = new LinkedHashMap<>();
    private final CheckBox na;
    private final Label status;
    private final HeightCache heightCache = new HeightCache(this);
    private final FocusBand focusBand = new FocusBand();

    ChecklistRow(GridViewModel vm, Item item) {
        super(4);
        this.vm = vm;
        this.item = item;
        setId("row-" + item.id());
        getStyleClass().add("checklist-row");
        boolean showStatement = item.statement() != null
                && !item.statement().isBlank()
                && !item.statement().equals(item.name());
        getChildren().add(RowParts.wrapping(item.name(), "item-name"));
        if (showStatement) {
            getChildren().add(RowParts.wrapping(item.statement(), "item-statement"));
        }
        // "Describes us" above "Does not describe us": side by side, five stage columns of them do not fit
        // beside the form on a 1366-pixel laptop
        Pane values = vm.isTickList() ? new VBox(3) : new HBox(3);
        List<Integer> order = new ArrayList<>(vm.values());
        if (vm.isTickList()) {
            Collections.reverse(order); // "Describes us" first, as the question is asked
        }
        for (int value : order) {
            String text = vm.isTickList() ? vm.scaleLabel(value) : Integer.toString(value);
            Button cell = RowParts.cell(vm, item, value, text);
            LazyTooltip.install(cell, () -> vm.valueLabel(value) + " (key " + value + ")");
            cell.setMinWidth(USE_PREF_SIZE);
            HBox.setHgrow(cell, Priority.ALWAYS);
            if (!vm.isTickList() && vm.threshold() != null && value >= vm.threshold()) {
                cell.getStyleClass().add("meets-threshold");
            }
            cells.put(value, cell);
            values.getChildren().add(cell);
        }
        getChildren().add(values);
        getChildren().add(new SpreadStrip(vm.model(), item, cells));
        status = new Label();
        status.getStyleClass().add("item-status");
        status.setMinHeight(USE_PREF_SIZE);
        na = RowParts.notApplicable(vm, item);
        HBox footer = new HBox(10, na, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(footer);
        getChildren().add(0, focusBand);
        refresh();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        focusBand.fit(this);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightCache.prefHeight(width, super::computePrefHeight);
    }

    @Override
    public Item item() {
        return item;
    }

    @Override
    public void refresh() {
        RowParts.refreshCells(vm, item, cells, this, na, status);
    }

    @Override
    public void setFocusedRow(boolean focused) {
        focusBand.show(focused);
    }

    @Override
    public Node focusTarget(Integer value) {
        return value != null && cells.containsKey(value)
                ? cells.get(value)
                : cells.values().iterator().next();
    }
}
