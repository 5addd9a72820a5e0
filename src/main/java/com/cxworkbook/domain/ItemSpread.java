package com.cxworkbook.domain;

import java.util.List;

/**
 * How the room rated one item: every participant's value, min–max, median and whether they disagree
 * (a spread of two levels or more: the items worth discussing).
 *
 * @param values the participants' scale values, N/A and unrated left out, in participant order
 */
public record ItemSpread(String itemId, List<Integer> values, int notApplicable) {

    /** Spread at which the room is said to disagree. */
    public static final int DISAGREEMENT = 2;

    public ItemSpread {
        values = List.copyOf(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int min() {
        return values.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    public int max() {
        return values.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int spread() {
        return isEmpty() ? 0 : max() - min();
    }

    public boolean disagreement() {
        return spread() >= DISAGREEMENT;
    }

    /** The median value; the mean of the middle two for an even count. NaN when nobody rated it. */
    public double median() {
        if (isEmpty()) {
            return Double.NaN;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** The median as a rating to propose as agreed (halves round up); null when nobody rated it. */
    public Rating suggestedRating() {
        if (isEmpty()) {
            return notApplicable > 0 ? Rating.NOT_APPLICABLE : null;
        }
        return Rating.of((int) Rounding.halfUp(median()));
    }
}
