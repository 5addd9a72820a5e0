package com.cxworkbook.ui.framework;

import com.cxworkbook.domain.Framework;

/** A line in the framework list: name, number of items and who publishes the framework. */
public record FrameworkRow(Framework framework) {

    public String name() {
        return framework.name();
    }

    public String details() {
        // The publisher, not the seed file: the list is read by a consultant, not by whoever curates the data
        String publisher = framework.publisher();
        return framework.itemCount() + " items" + (publisher == null || publisher.isBlank() ? "" : " · " + publisher);
    }
}
