package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Controls shared by the grid and checklist rows, built the same way so both behave alike. */
final class RowParts {

    private RowParts() {}

    /** A clickable rating cell with the stable id {@code cell-<itemId>-<value>}. */
    static Button cell(GridViewModel vm, Item item, int value, String text) {
        Button cell = new WordWrapButton(text);
        cell.setId("cell-" + item.id() + "-" + value);
        cell.getStyleClass().add("grid-cell");
        cell.setWrapText(true);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        cell.setOnAction(e -> vm.click(item, value));
        cell.setOnContextMenuRequested(e -> TargetMenu.show(vm.model(), item, value, cell, e));
        trackFocus(vm, item, cell);
        return cell;
    }

    /** The N/A toggle with the stable id {@code na-<itemId>}. */
    static CheckBox notApplicable(GridViewModel vm, Item item) {
        CheckBox na = new CheckBox("N/A");
        na.setId("na-" + item.id());
        na.getStyleClass().add("na-toggle");
        na.setAccessibleText(item.displayName() + ": not applicable");
        LazyTooltip.install(na, () -> "Not applicable: excluded from the score (key N)");
        na.setDisable(!vm.allowsNotApplicable());
        na.setMinWidth(Region.USE_PREF_SIZE);
        na.setOnAction(e -> vm.toggleNotApplicable(item));
        trackFocus(vm, item, na);
        return na;
    }

    /** True when the item has a statement that says more than its name (shown under the name). */
    static boolean hasOwnStatement(Item item) {
        return item.statement() != null
                && !item.statement().isBlank()
                && !item.statement().equals(item.name());
    }

    static Label wrapping(String text, String styleClass) {
        Label label = new WrappingLabel(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    static void trackFocus(GridViewModel vm, Item item, Node node) {
        node.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                vm.focus(item);
            }
        });
    }

    /** Restyles a row's value cells, N/A box and status after a rating change; both row kinds share it. */
    static void refreshCells(
            GridViewModel vm, Item item, Map<Integer, Button> cells, Node row, CheckBox na, Label status) {
        for (Map.Entry<Integer, Button> entry : cells.entrySet()) {
            state(entry.getValue(), "chosen", vm.isChosen(item, entry.getKey()));
            state(entry.getValue(), "previous", vm.isPrevious(item, entry.getKey()));
            entry.getValue().setAccessibleText(vm.cellAccessibleText(item, entry.getKey()));
        }
        boolean notApplicable = vm.isNotApplicable(item);
        na.setSelected(notApplicable);
        state(row, "not-applicable", notApplicable);
        state(row, "rated", vm.rating(item) != null);
        status.setText(vm.ratingText(item));
    }

    /**
     * Switches a state (chosen, previous, focused row, …) as a CSS pseudo-class. A style-class change makes
     * JavaFX look up every style of the node and its children again; a pseudo-class change only moves them
     * to another state, which is what keeps a click on a long grid within a frame.
     */
    static void state(Node node, String state, boolean on) {
        node.pseudoClassStateChanged(PseudoClass.getPseudoClass(state), on);
    }
}
