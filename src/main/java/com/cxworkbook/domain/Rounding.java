package com.cxworkbook.domain;

import java.util.Locale;

/** Rounding used by every score: half up, as people round by hand (2.5 → 3). */
final class Rounding {

    private Rounding() {}

    static long halfUp(double value) {
        return (long) Math.floor(value + 0.5);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
