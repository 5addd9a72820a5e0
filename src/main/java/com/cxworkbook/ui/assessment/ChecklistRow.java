package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
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
final class ChecklistRow extends CachedVBox implements RowView {

    private final RowControls controls;

    ChecklistRow(GridViewModel vm, Item item) {
        super(4);
        controls = new RowControls(vm, item, this, "checklist-row");
        getChildren().add(RowParts.wrapping(item.name(), "item-name"));
        if (RowParts.hasOwnStatement(item)) {
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
            Button cell = controls.cell(value, text);
            LazyTooltip.install(cell, () -> vm.valueLabel(value) + " (key " + value + ")");
            cell.setMinWidth(USE_PREF_SIZE);
            HBox.setHgrow(cell, Priority.ALWAYS);
            if (!vm.isTickList() && vm.threshold() != null && value >= vm.threshold()) {
                cell.getStyleClass().add("meets-threshold");
            }
            values.getChildren().add(cell);
        }
        getChildren().add(values);
        getChildren().add(new SpreadStrip(vm.model(), item, controls.cells()));
        controls.status().setMinHeight(USE_PREF_SIZE);
        HBox footer = new HBox(10, controls.notApplicable(), controls.status());
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(footer);
        controls.ready();
    }

    @Override
    public RowControls controls() {
        return controls;
    }
}
