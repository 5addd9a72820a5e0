package com.cxworkbook.domain;

/**
 * Tally of one section: how many items were rated, their sum and mean, and, where the method gives
 * one, the section's level. {@code mean} is null when nothing in the section is rated.
 */
public record SectionResult(
        Section section, int itemCount, int rated, int notApplicable, int sum, Double mean, Level level, int met) {

    public boolean hasRatings() {
        return rated > 0;
    }
}
