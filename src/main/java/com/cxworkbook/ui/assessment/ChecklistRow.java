package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A characteristic inside a stage column. On a 0/1 scale (salesEQUITY) it is a tick box whose tick means
 * "in place" (rating 1); on a wider scale (Attract/Convert/Advocate) it carries one small cell per value,
 * the values that count as met marked.
 */
final class ChecklistRow extends VBox implements RowView {

    private final GridViewModel vm;
    private final Item item;
    private final Map<Integer, Button> cells = new LinkedHashMap<>();
    private final CheckBox tick;
    private final CheckBox na;
    private final Label status;
    private final HeightCache heightCache = new HeightCache(this);

    ChecklistRow(GridViewModel vm, Item item) {
        super(4);
        this.vm = vm;
        this.item = item;
        setId("row-" + item.id());
        getStyleClass().add("checklist-row");
        boolean showStatement = item.statement() != null && !item.statement().isBlank()
                && !item.statement().equals(item.name());
        if (vm.isTickList()) {
            int inPlace = vm.values().get(vm.values().size() - 1);
            tick = new CheckBox(item.name()) {
                // Never narrower than the longest word plus the box, so a stage column scrolls rather than
                // breaking a word in the middle
                @Override
                protected double computeMinWidth(double height) {
                    return WordWrapButton.wordWidth(WordWrapButton.longestWord(getText()), getFont())
                            + getGraphicTextGap() + 24 + snappedLeftInset() + snappedRightInset();
                }
            };
            tick.setId("cell-" + item.id() + "-" + inPlace);
            tick.getStyleClass().add("tick-cell");
            tick.setWrapText(true);
            tick.setMinHeight(USE_PREF_SIZE);
            tick.setMaxWidth(Double.MAX_VALUE);
            tick.setOnAction(e -> vm.click(item, inPlace));
            RowParts.trackFocus(vm, item, tick);
            getChildren().add(tick);
        } else {
            tick = null;
            getChildren().add(RowParts.wrapping(item.name(), "item-name"));
        }
        if (showStatement) {
            getChildren().add(RowParts.wrapping(item.statement(), "item-statement"));
        }
        if (tick == null) {
            HBox values = new HBox(3);
            for (int value : vm.values()) {
                Button cell = RowParts.cell(vm, item, value, Integer.toString(value));
                LazyTooltip.install(cell, () -> vm.valueLabel(value));
                cell.setMinWidth(USE_PREF_SIZE);
                HBox.setHgrow(cell, Priority.ALWAYS);
                if (vm.threshold() != null && value >= vm.threshold()) {
                    cell.getStyleClass().add("meets-threshold");
                }
                cells.put(value, cell);
                values.getChildren().add(cell);
            }
            getChildren().add(values);
        }
        getChildren().add(new SpreadStrip(vm.model(), item, cells));
        status = new Label();
        status.getStyleClass().add("item-status");
        status.setWrapText(true);
        na = RowParts.notApplicable(vm, item);
        HBox footer = new HBox(10, na, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(footer);
        refresh();
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
        if (tick != null) {
            int inPlace = vm.values().get(vm.values().size() - 1);
            tick.setSelected(vm.isChosen(item, inPlace));
            RowParts.styleClass(tick, "chosen", vm.isChosen(item, inPlace));
            tick.setAccessibleText(vm.cellAccessibleText(item, inPlace));
        }
        RowParts.refreshCells(vm, item, cells, this, na, status);
    }

    @Override
    public void setFocusedRow(boolean focused) {
        RowParts.styleClass(this, "focused-row", focused);
    }

    @Override
    public Node focusTarget(Integer value) {
        if (tick != null) {
            return tick;
        }
        return value != null && cells.containsKey(value) ? cells.get(value) : cells.values().iterator().next();
    }
}
