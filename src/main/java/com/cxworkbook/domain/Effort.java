package com.cxworkbook.domain;

/** Potential effort to close a gap (Low, Medium, High). */
public enum Effort {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Effort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
