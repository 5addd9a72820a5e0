package com.cxworkbook.ui.framework;

import com.cxworkbook.domain.Framework;

/** A line in the framework list: name, source file, number of items. */
public record FrameworkRow(Framework framework) {

    public String name() {
        return framework.name();
    }

    public String details() {
        String source = framework.source();
        int cut = source.indexOf(' ');
        String file = cut > 0 ? source.substring(0, cut) : source;
        return framework.itemCount() + " items · " + file;
    }
}
