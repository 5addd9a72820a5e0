package com.cxworkbook.ui.assessment;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A VBox of wrapped text (an item's header, a stage column, a checklist row) that re-measures only when its
 * own content changed (see {@link HeightCache}).
 */
class CachedVBox extends VBox {

    private final HeightCache heightCache = new HeightCache(this);

    CachedVBox(double spacing, Node... children) {
        super(spacing, children);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightCache.prefHeight(width, super::computePrefHeight);
    }
}
