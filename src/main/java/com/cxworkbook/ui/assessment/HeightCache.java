package com.cxworkbook.ui.assessment;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.Parent;

/**
 * Remembers a row's preferred height for the width it was last asked about. JavaFX caches preferred sizes
 * only for the unconstrained case, so without this every click re-measured the wrapped text of every row
 * of the grid; with it only the row whose content changed (and is therefore marked for layout) measures.
 * Labels use {@link WrappedTextHeight} instead: a changed label is asked several times in the same pass
 * while still marked for layout, so it compares its own inputs and keeps two widths, which a container,
 * whose inputs are its whole subtree, cannot.
 */
final class HeightCache {

    private final Parent owner;
    private double width = Double.NaN;
    private double height;

    HeightCache(Parent owner) {
        this.owner = owner;
    }

    double prefHeight(double forWidth, DoubleUnaryOperator compute) {
        // A row marked for layout has changed content (text, style, font): measure afresh
        if (forWidth >= 0 && forWidth == width && !owner.isNeedsLayout()) {
            return height;
        }
        double computed = compute.applyAsDouble(forWidth);
        if (forWidth >= 0) {
            width = forWidth;
            height = computed;
        }
        return computed;
    }
}
