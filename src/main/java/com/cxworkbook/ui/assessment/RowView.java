package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import javafx.scene.Node;

/** One item's row in a grid layout: redraws itself from the model and can take the keyboard focus. */
interface RowView {

    Item item();

    /** Re-reads the item's rating: chosen cell, N/A toggle, status text, accessible text. */
    void refresh();

    void setFocusedRow(boolean focused);

    /** The control to focus when Up/Down arrives at this row, preferring the cell of {@code value}. */
    Node focusTarget(Integer value);
}
