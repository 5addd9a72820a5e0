package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rating scale of a framework, e.g. 1 (No progress) to 5 (Achieved). */
public record Scale(int min, int max, Map<Integer, String> labels, boolean allowNotApplicable) {

    public Scale {
        labels = labels == null ? Map.of() : new TreeMap<>(labels);
    }

    /** The label the framework gives a value, or the bare number where it gives none. */
    public String label(int value) {
        String label = labels.get(value);
        return label == null ? Integer.toString(value) : label;
    }

    public boolean hasLabel(int value) {
        return labels.containsKey(value);
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }

    public List<Integer> values() {
        List<Integer> values = new ArrayList<>();
        for (int v = min; v <= max; v++) {
            values.add(v);
        }
        return values;
    }
}
