package com.cxworkbook.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * One rated statement. {@code descriptors} say what each scale value looks like where the framework
 * has them; {@code level} places a checklist item in a stage (else the section's level applies);
 * {@code guidance} is optional help for the facilitator (what to ask, what evidence to look for). It is not
 * part of the item's wording: changing it does not mark ratings as given on other words.
 */
public record Item(
        String id,
        String name,
        String shortName,
        String statement,
        Map<Integer, String> descriptors,
        String level,
        String guidance) {

    public Item {
        descriptors = descriptors == null ? Map.of() : new TreeMap<>(descriptors);
    }

    public Item(
            String id,
            String name,
            String shortName,
            String statement,
            Map<Integer, String> descriptors,
            String level) {
        this(id, name, shortName, statement, descriptors, level, null);
    }

    /** The short label for tables (the ICMI worksheet's activity names), falling back to the name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public String descriptor(int value) {
        return descriptors.get(value);
    }
}
