package com.cxworkbook.ui.chart;

/**
 * One round on a {@link ScoreLineChart}: its label on the x axis, its score (null while the round is partly
 * rated or unrated: a score so far is not drawn as a point), the range it can still reach while partial
 * (else nulls), the text shown above it, and a colour index ({@code series-<n>} in app.css, as on the radar).
 */
public record ScorePoint(String label, Double value, Double low, Double high, String text, int colourIndex) {

    public boolean hasRange() {
        return low != null && high != null;
    }
}
