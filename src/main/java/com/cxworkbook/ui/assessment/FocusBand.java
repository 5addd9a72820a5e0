package com.cxworkbook.ui.assessment;

import javafx.css.PseudoClass;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The highlight behind the grid's current row. It is a child of its own, not a state of the row: a state
 * on the row makes JavaFX restyle every label and cell inside it, twice per click (the row losing the
 * highlight and the row getting it), which was most of a click's CSS time on the long ICMI rows.
 */
final class FocusBand extends Region {

    private static final PseudoClass FOCUSED_ROW = PseudoClass.getPseudoClass("focused-row");

    FocusBand() {
        getStyleClass().add("focus-band");
        setManaged(false);
        setMouseTransparent(true);
    }

    void show(boolean on) {
        pseudoClassStateChanged(FOCUSED_ROW, on);
    }

    /**
     * Puts the band behind everything else in the row and keeps it the row's size. Unmanaged, the row's
     * layout leaves it alone, so it follows the row's bounds instead.
     */
    void cover(Pane row) {
        row.getChildren().add(0, this);
        row.layoutBoundsProperty()
                .addListener((obs, old, bounds) -> resizeRelocate(0, 0, row.getWidth(), row.getHeight()));
    }
}
