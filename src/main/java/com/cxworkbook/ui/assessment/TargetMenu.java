package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import com.cxworkbook.ui.workbook.AssessmentModel;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

/**
 * Right-click on a value cell: make that value the item's target, or clear the target (back to the default,
 * one level up). Built on request rather than one menu per cell, since a grid has hundreds of cells.
 */
final class TargetMenu {

    private TargetMenu() {}

    static void show(AssessmentModel model, Item item, int value, Control cell, ContextMenuEvent event) {
        ContextMenu menu = new ContextMenu();
        menu.setId("targetMenu");
        MenuItem set = new MenuItem("Set target to " + value);
        set.setId("setTarget-" + item.id() + "-" + value);
        set.setOnAction(e -> model.setTarget(item.id(), value));
        set.setDisable(Integer.valueOf(value).equals(model.targets().get(item.id())));
        MenuItem clear = new MenuItem("Clear target (default: next level)");
        clear.setId("clearTarget-" + item.id());
        clear.setOnAction(e -> model.setTarget(item.id(), null));
        clear.setDisable(!model.targets().containsKey(item.id()));
        menu.getItems().addAll(set, new SeparatorMenuItem(), clear);
        menu.show(cell, event.getScreenX(), event.getScreenY());
        event.consume();
    }
}
