package com.cxworkbook.ui.assessment;

import javafx.scene.control.Button;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A wrapping button that is never narrower than its longest word, so a narrow column makes the grid scroll
 * sideways instead of breaking "personalization" into "personalizatio / n". Measured with the button's
 * current font, so projector mode's larger type widens it too.
 */
final class WordWrapButton extends Button {

    private final String longestWord;
    private final WrappedTextHeight heights = new WrappedTextHeight();
    private Font measuredFont;
    private double measuredWordWidth;

    WordWrapButton(String text) {
        super(text);
        setWrapText(true);
        longestWord = WordWrapButton.longestWord(text);
    }

    static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("\\s+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    /** Width of the longest word of {@code text} in the given font. */
    static double wordWidth(String word, Font font) {
        Text measure = new Text(word);
        measure.setFont(font);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    @Override
    protected double computeMinWidth(double height) {
        // asked on every layout of the row: measure the word again only when the font changed
        if (!getFont().equals(measuredFont)) {
            measuredFont = getFont();
            measuredWordWidth = wordWidth(longestWord, measuredFont);
        }
        return measuredWordWidth + snappedLeftInset() + snappedRightInset() + 2;
    }

    @Override
    protected double computePrefHeight(double width) {
        return heights.prefHeight(this, width, super::computePrefHeight);
    }
}
