package com.cxworkbook.domain;

/** Type of initiative (Strategic, Operational, Optimization). */
public enum InitiativeType {
    STRATEGIC("Strategic"),
    OPERATIONAL("Operational"),
    OPTIMIZATION("Optimization");

    private final String label;

    InitiativeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
