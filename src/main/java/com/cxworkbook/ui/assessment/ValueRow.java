package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A row of the value grid: the item (name, statement, N/A) and one clickable cell per scale value.
 * With descriptors (Astute, CXMM) the item is a line above its cells, so the descriptors get the whole
 * width; with bare labels (ICMI) the statement sits left of narrow value cells.
 */
final class ValueRow extends GridPane implements RowView {

    private final GridViewModel vm;
    private final RowControls controls;
    private final HeightCache heightCache = new HeightCache(this);

    ValueRow(GridViewModel vm, Item item) {
        this.vm = vm;
        controls = new RowControls(vm, item, this, "grid-row");
        getColumnConstraints().setAll(columns(vm));
        setHgap(4);
        setVgap(4);

        Label name = RowParts.wrapping(item.name(), "item-name");
        VBox text = new CachedVBox(2, name);
        if (RowParts.hasOwnStatement(item)) {
            text.getChildren().add(RowParts.wrapping(item.statement(), "item-statement"));
        }
        Label status = controls.status();
        status.setMinWidth(USE_PREF_SIZE);
        CheckBox na = controls.notApplicable();
        int n = vm.values().size();
        if (vm.hasDescriptors()) {
            // N/A and the rating sit next to the name, on the left: a wide grid scrolled to its first
            // columns still shows them
            text.getChildren().remove(name);
            HBox nameLine = new HBox(12, name, na, status);
            nameLine.setAlignment(Pos.BASELINE_LEFT);
            name.setMinWidth(USE_PREF_SIZE);
            text.getChildren().add(0, nameLine);
            text.getStyleClass().add("item-header");
            add(text, 0, 0, n, 1);
        } else {
            HBox footer = new HBox(10, na, status);
            footer.setAlignment(Pos.CENTER_LEFT);
            text.getChildren().add(footer);
            text.getStyleClass().add("item-header");
            add(text, 0, 0);
        }

        int column = vm.hasDescriptors() ? 0 : 1;
        int row = vm.hasDescriptors() ? 1 : 0;
        for (int value : vm.values()) {
            Button cell = controls.cell(value, vm.cellText(item, value));
            cell.getStyleClass().add(item.descriptor(value) == null ? "label-cell" : "descriptor-cell");
            add(cell, column++, row);
        }
        add(new SpreadStrip(vm.model(), item, controls.cells()), 0, row + 1, vm.hasDescriptors() ? n : n + 1, 1);
        controls.ready();
    }

    /**
     * Every row builds the same constraints, so the columns line up from row to row: descriptor columns
     * share the width equally; bare-label value columns keep their (identical) natural width and the
     * statement takes the rest.
     */
    static List<ColumnConstraints> columns(GridViewModel vm) {
        int n = vm.values().size();
        List<ColumnConstraints> all = new ArrayList<>();
        if (vm.hasDescriptors()) {
            for (int i = 0; i < n; i++) {
                ColumnConstraints value = new ColumnConstraints();
                value.setPercentWidth(100.0 / n);
                all.add(value);
            }
            return all;
        }
        ColumnConstraints itemColumn = new ColumnConstraints();
        itemColumn.setHgrow(Priority.ALWAYS);
        itemColumn.setMinWidth(180);
        itemColumn.setPrefWidth(320);
        all.add(itemColumn);
        for (int i = 0; i < n; i++) {
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.NEVER);
            all.add(value);
        }
        return all;
    }

    /**
     * Percentage columns alone would squeeze a cell below its longest word and break it mid-word; this
     * minimum makes the scroll pane scroll sideways instead. The grid is as wide as its widest row's
     * minimum, so the columns still line up.
     */
    @Override
    protected double computeMinWidth(double height) {
        if (!vm.hasDescriptors()) {
            return super.computeMinWidth(height);
        }
        Map<Integer, Button> cells = controls.cells();
        double needed = 0;
        for (Button cell : cells.values()) {
            needed = Math.max(needed, cell.minWidth(-1) * cells.size());
        }
        return needed + getHgap() * (cells.size() - 1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightCache.prefHeight(width, super::computePrefHeight);
    }

    @Override
    public RowControls controls() {
        return controls;
    }
}
