package com.cxworkbook.domain;

/**
 * Where a partly rated assessment can still end up: the final score and level with every unrated item at
 * the bottom of its scale ({@code low}) and at the top ({@code high}). N/A items stay excluded. For a stage
 * checklist the scores are stage numbers and "bottom"/"top" mean "does not describe us"/"describes us".
 */
public record ScoreRange(double low, double high, Level lowLevel, Level highLevel) {

    /** The unrated items cannot change the level any more. */
    public boolean levelSettled() {
        // by id: a level is one of its framework's, and a record's equals is bootstrapped on first use (slow
        // at start-up, when the first scores are made)
        return lowLevel != null && highLevel != null && lowLevel.id().equals(highLevel.id());
    }

    /** "Customer-Chaotic to Customer-Champion", or one name when settled. */
    public String levelText() {
        if (lowLevel == null || highLevel == null) {
            return "";
        }
        return levelSettled() ? lowLevel.name() : lowLevel.name() + " to " + highLevel.name();
    }
}
