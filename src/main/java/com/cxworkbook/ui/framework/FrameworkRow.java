package com.cxworkbook.ui.framework;

import com.cxworkbook.domain.Framework;

/** A line in the framework list: name, number of items and who publishes the framework. */
public record FrameworkRow(Framework framework, String origin) {

    public FrameworkRow(Framework framework) {
        this(framework, null);
    }

    public String name() {
        return framework.name();
    }

    public String details() {
        // The publisher, not the seed file: the list is read by a consultant, not by whoever curates the data
        String publisher = framework.publisher();
        String line =
                framework.itemCount() + " items" + (publisher == null || publisher.isBlank() ? "" : " · " + publisher);
        // bundled ones need no note; an imported one says so (and its version), so two of a name are told apart
        if (origin != null && origin.startsWith("imported")) {
            line += " · imported, version " + framework.version();
        } else if (origin != null && origin.startsWith("from the workbook")) {
            line += " · only in this workbook";
        }
        return line;
    }
}
