package com.cxworkbook.domain;

import java.util.List;

/** What the framework recommends doing to reach {@code toLevel} ("Closing the gaps"). */
public record Recommendation(String toLevel, String title, String text, List<String> actions) {

    public Recommendation {
        actions = Copies.list(actions);
        text = text == null ? "" : text;
    }
}
