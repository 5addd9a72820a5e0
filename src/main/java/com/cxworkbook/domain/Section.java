package com.cxworkbook.domain;

import java.util.List;

/** A dimension, practice area, phase or stage grouping items. */
public record Section(String id, String name, String description, String level, List<Item> items) {

    public Section {
        items = Copies.list(items);
    }
}
