package com.cxworkbook.domain;

/** Progress of the action that closes a gap. */
public enum GapStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    GapStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
