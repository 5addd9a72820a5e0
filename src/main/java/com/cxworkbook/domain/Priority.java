package com.cxworkbook.domain;

/** Priority of a gap, as the ICMI worksheet asks for it. */
public enum Priority {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
