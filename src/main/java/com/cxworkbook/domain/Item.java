package com.cxworkbook.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * One rated statement. {@code descriptors} say what each scale value looks like where the framework
 * has them; {@code level} places a checklist item in a stage (else the section's level applies).
 */
public record Item(String id, String name, String shortName, String statement,
                   Map<Integer, String> descriptors, String level) {

    public Item {
        descriptors = descriptors == null ? Map.of() : new TreeMap<>(descriptors);
    }

    /** The short label for tables (the ICMI worksheet's activity names), falling back to the name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public String descriptor(int value) {
        return descriptors.get(value);
    }
}
