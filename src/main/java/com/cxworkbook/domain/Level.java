package com.cxworkbook.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A maturity level or stage, lowest first in its framework; details keep the framework's order. */
public record Level(String id, String name, String summary, Map<String, String> details) {

    public Level {
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
        summary = summary == null ? "" : summary;
    }
}
