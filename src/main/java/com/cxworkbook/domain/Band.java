package com.cxworkbook.domain;

/** An inclusive score range that maps to a level, e.g. 41–60 → Customer-Aware. */
public record Band(int min, int max, String level) {

    public boolean contains(int score) {
        return score >= min && score <= max;
    }
}
