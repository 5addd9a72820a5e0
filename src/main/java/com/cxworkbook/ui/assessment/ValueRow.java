package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A row of the value grid: the item (name, statement, N/A) then one clickable cell per scale value. */
final class ValueRow extends GridPane implements RowView {

    private final GridViewModel vm;
    private final Item item;
    private final Map<Integer, Button> cells = new LinkedHashMap<>();
    private final CheckBox na;
    private final Label status;

    ValueRow(GridViewModel vm, Item item) {
        this.vm = vm;
        this.item = item;
        setId("row-" + item.id());
        getStyleClass().add("grid-row");
        getColumnConstraints().setAll(columns(vm));
        setHgap(4);

        Label name = RowParts.wrapping(item.name(), "item-name");
        VBox header = new VBox(2, name);
        if (item.statement() != null && !item.statement().isBlank() && !item.statement().equals(item.name())) {
            header.getChildren().add(RowParts.wrapping(item.statement(), "item-statement"));
        }
        status = new Label();
        status.getStyleClass().add("item-status");
        na = RowParts.notApplicable(vm, item);
        HBox footer = new HBox(10, na, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        header.getChildren().add(footer);
        header.getStyleClass().add("item-header");
        add(header, 0, 0);

        int column = 1;
        for (int value : vm.values()) {
            Button cell = RowParts.cell(vm, item, value, vm.cellText(item, value));
            cells.put(value, cell);
            add(cell, column++, 0);
        }
        refresh();
    }

    /**
     * Every row builds the same constraints, so the columns line up from row to row: with descriptors the
     * columns share the width by percentage; with bare labels the value columns keep their (identical)
     * natural width and the statement takes the rest.
     */
    static List<ColumnConstraints> columns(GridViewModel vm) {
        int n = vm.values().size();
        ColumnConstraints itemColumn = new ColumnConstraints();
        if (vm.hasDescriptors()) {
            double itemPercent = 22;
            itemColumn.setPercentWidth(itemPercent);
            ColumnConstraints[] all = new ColumnConstraints[n + 1];
            all[0] = itemColumn;
            for (int i = 1; i <= n; i++) {
                ColumnConstraints value = new ColumnConstraints();
                value.setPercentWidth((100 - itemPercent) / n);
                value.setFillWidth(true);
                all[i] = value;
            }
            return List.of(all);
        }
        itemColumn.setHgrow(Priority.ALWAYS);
        itemColumn.setMinWidth(180);
        itemColumn.setPrefWidth(320);
        ColumnConstraints[] all = new ColumnConstraints[n + 1];
        all[0] = itemColumn;
        for (int i = 1; i <= n; i++) {
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.NEVER);
            value.setFillWidth(true);
            all[i] = value;
        }
        return List.of(all);
    }

    @Override
    public Item item() {
        return item;
    }

    @Override
    public void refresh() {
        for (Map.Entry<Integer, Button> entry : cells.entrySet()) {
            Button cell = entry.getValue();
            RowParts.styleClass(cell, "chosen", vm.isChosen(item, entry.getKey()));
            cell.setAccessibleText(vm.cellAccessibleText(item, entry.getKey()));
        }
        boolean notApplicable = vm.isNotApplicable(item);
        na.setSelected(notApplicable);
        RowParts.styleClass(this, "not-applicable", notApplicable);
        RowParts.styleClass(this, "rated", vm.rating(item) != null);
        status.setText(vm.ratingText(item));
    }

    @Override
    public void setFocusedRow(boolean focused) {
        RowParts.styleClass(this, "focused-row", focused);
    }

    @Override
    public Node focusTarget(Integer value) {
        if (value != null && cells.containsKey(value)) {
            return cells.get(value);
        }
        return cells.values().iterator().next();
    }
}
