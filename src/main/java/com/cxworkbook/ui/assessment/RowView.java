package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import javafx.scene.Node;

/**
 * One item's row in a grid layout: redraws itself from the model and can take the keyboard focus. A row is
 * a layout (GridPane, VBox) around its {@link RowControls}, which do the work.
 */
interface RowView {

    RowControls controls();

    default Item item() {
        return controls().item();
    }

    /** Re-reads the item's rating: chosen cell, N/A toggle, status text, accessible text. */
    default void refresh() {
        controls().refresh();
    }

    default void setFocusedRow(boolean focused) {
        controls().setFocused(focused);
    }

    /** The control to focus when Up/Down arrives at this row, preferring the cell of {@code value}. */
    default Node focusTarget(Integer value) {
        return controls().focusTarget(value);
    }
}
