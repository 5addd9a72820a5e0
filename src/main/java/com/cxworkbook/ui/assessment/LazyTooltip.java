package com.cxworkbook.ui.assessment;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip created the first time the mouse enters its node. A grid row carries several hints (N/A, the
 * room's dots, target, "Discuss") and a grid has dozens of rows; each tooltip is a popup window, and building
 * them all up front was a measurable part of opening a grid (docs/PERFORMANCE.md) for hints that are mostly
 * never shown. The text is read each time the tooltip shows, so it follows the row's current state.
 */
final class LazyTooltip {

    private LazyTooltip() {}

    static void install(Node node, Supplier<String> text) {
        EventHandler<MouseEvent> firstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip(text.get());
                tooltip.setOnShowing(e -> tooltip.setText(text.get()));
                Tooltip.install(node, tooltip);
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstEntry);
    }
}
