package com.cxworkbook.ui.assessment;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** A label whose text wraps and whose height is measured once per width and content (see {@link WrappedTextHeight}). */
final class WrappingLabel extends Label {

    private final WrappedTextHeight heights = new WrappedTextHeight();

    WrappingLabel(String text) {
        super(text);
        setWrapText(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heights.prefHeight(this, width, super::computePrefHeight);
    }
}
