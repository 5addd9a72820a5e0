package com.cxworkbook.ui.assessment;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Skin;
import javafx.scene.text.Font;

/**
 * Remembers a wrapped label's preferred height for the inputs it was measured with. JavaFX lays the text out
 * afresh on every {@code prefHeight(width)} call, and one layout pass asks each label several times (the
 * scroll pane twice, its box once more to place it), so a click that reloads the rating form measured every
 * descriptor four to eight times. Text, font, insets, label padding, line spacing and the skin are compared
 * on each call, so any change of content or style is measured again; a label with a graphic is never cached.
 * Two widths are kept: a scroll pane measures its content with and without room for its scroll bar.
 * Containers use {@link HeightCache} instead: their inputs are a whole subtree, so they trust their own
 * layout flag rather than comparing what they show.
 */
final class WrappedTextHeight {

    private final double[] widths = {Double.NaN, Double.NaN};
    private final double[] heights = new double[2];
    private String text;
    private Font font;
    private Insets insets;
    private Insets labelPadding;
    private double lineSpacing;
    private boolean wrap;
    private Skin<?> skin;

    double prefHeight(Labeled owner, double forWidth, DoubleUnaryOperator compute) {
        Node graphic = owner.getGraphic();
        if (forWidth < 0 || graphic != null) {
            return compute.applyAsDouble(forWidth);
        }
        boolean sameContent = owner.getSkin() == skin
                && Objects.equals(owner.getText(), text)
                && Objects.equals(owner.getFont(), font)
                && Objects.equals(owner.getInsets(), insets)
                && Objects.equals(owner.getLabelPadding(), labelPadding)
                && owner.getLineSpacing() == lineSpacing
                && owner.isWrapText() == wrap;
        if (sameContent) {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] == forWidth) {
                    return heights[i];
                }
            }
        } else {
            widths[0] = Double.NaN;
            widths[1] = Double.NaN;
        }
        double height = compute.applyAsDouble(forWidth);
        // keep the newest two: the older entry makes room
        widths[1] = widths[0];
        heights[1] = heights[0];
        widths[0] = forWidth;
        heights[0] = height;
        skin = owner.getSkin();
        text = owner.getText();
        font = owner.getFont();
        insets = owner.getInsets();
        labelPadding = owner.getLabelPadding();
        lineSpacing = owner.getLineSpacing();
        wrap = owner.isWrapText();
        return height;
    }
}
