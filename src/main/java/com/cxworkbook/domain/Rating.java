package com.cxworkbook.domain;

import java.util.Objects;

/** A rating given to an item: a scale value, or "not applicable" (excluded from score and denominator). */
public final class Rating {

    public static final Rating NOT_APPLICABLE = new Rating(null);

    private final Integer value;

    private Rating(Integer value) {
        this.value = value;
    }

    public static Rating of(int value) {
        return new Rating(value);
    }

    public boolean isNotApplicable() {
        return value == null;
    }

    /** The scale value; only meaningful when not N/A. */
    public int value() {
        if (value == null) {
            throw new IllegalStateException("N/A has no value");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rating other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value == null ? "N/A" : value.toString();
    }
}
