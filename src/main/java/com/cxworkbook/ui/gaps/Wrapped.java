package com.cxworkbook.ui.gaps;

import javafx.scene.control.TableCell;
import javafx.scene.text.Text;

/**
 * Multi-line cell text. A TableCell's own wrapText does not grow the row (the row asks for its height
 * before the cell knows its width), so the text goes into a Text node that wraps at the column's width.
 */
final class Wrapped {

    private Wrapped() {}

    static void show(TableCell<?, ?> cell, String value) {
        Text text = cell.getGraphic() instanceof Text existing ? existing : new Text();
        text.setText(value == null ? "" : value);
        text.getStyleClass().setAll("text", "wrapped-cell-text");
        if (cell.getTableColumn() != null && !text.wrappingWidthProperty().isBound()) {
            text.wrappingWidthProperty()
                    .bind(cell.getTableColumn().widthProperty().subtract(12));
        }
        cell.setText(null);
        cell.setGraphic(text);
    }
}
