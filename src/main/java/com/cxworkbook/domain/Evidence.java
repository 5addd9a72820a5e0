package com.cxworkbook.domain;

import java.time.LocalDate;

/** What backs a rating up: free text plus an optional owner and date. */
public record Evidence(String text, String owner, LocalDate date) {

    public boolean blank() {
        return (text == null || text.isBlank()) && (owner == null || owner.isBlank()) && date == null;
    }
}
