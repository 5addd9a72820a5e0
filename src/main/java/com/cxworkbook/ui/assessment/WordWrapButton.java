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
        return wordWidth(longestWord, getFont()) + snappedLeftInset() + snappedRightInset() + 2;
    }
}
