package com.cxworkbook.domain;

import com.cxworkbook.persistence.FrameworkCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The bundled frameworks, loaded once for tests, and helpers to build ratings. */
public final class Frameworks {

    private static final FrameworkCatalog CATALOG = FrameworkCatalog.loadBundled();

    public static final String ICMI = "icmi-cx-maturity";
    public static final String ASTUTE = "astute-cx-maturity";
    public static final String SALESEQUITY = "salesequity-cx-maturity";
    public static final String ACA = "aca-cx-maturity";
    public static final String CXMM = "cxmm";

    private Frameworks() {}

    public static FrameworkCatalog catalog() {
        return CATALOG;
    }

    public static Framework get(String id) {
        return CATALOG.find(id)
                .orElseThrow(() -> new AssertionError("framework " + id + " not loaded: " + CATALOG.problems()));
    }

    /** Every item rated with the same value. */
    public static Map<String, Rating> all(Framework framework, int value) {
        Map<String, Rating> ratings = new HashMap<>();
        for (Item item : framework.items()) {
            ratings.put(item.id(), Rating.of(value));
        }
        return ratings;
    }

    /** Items rated in order with the given values (the rest unrated). */
    public static Map<String, Rating> inOrder(Framework framework, List<Integer> values) {
        Map<String, Rating> ratings = new HashMap<>();
        List<Item> items = framework.items();
        for (int i = 0; i < values.size(); i++) {
            Integer v = values.get(i);
            ratings.put(items.get(i).id(), v == null ? Rating.NOT_APPLICABLE : Rating.of(v));
        }
        return ratings;
    }
}
