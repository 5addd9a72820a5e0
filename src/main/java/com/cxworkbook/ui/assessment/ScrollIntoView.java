package com.cxworkbook.ui.assessment;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a scroll pane just enough that a node inside it is in view (top first when it is taller). */
public final class ScrollIntoView {

    private ScrollIntoView() {}

    public static void vertically(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        // the row may just have changed style (focused-row): measure it as it will be drawn
        scroll.applyCss();
        scroll.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewport;
        if (scrollable <= 0) {
            return;
        }
        double top = (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * scrollable;
        double target = top;
        // a little of the row above stays visible, so the room keeps its bearings
        double margin = Math.min(24, Math.max(0, viewport - inContent.getHeight()) / 2);
        if (inContent.getMinY() - margin < top || inContent.getHeight() > viewport) {
            target = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() + margin > top + viewport) {
            target = inContent.getMaxY() + margin - viewport;
        }
        target = Math.max(0, Math.min(scrollable, target));
        if (target != top) {
            scroll.setVvalue(scroll.getVmin() + target / scrollable * (scroll.getVmax() - scroll.getVmin()));
        }
    }
}
