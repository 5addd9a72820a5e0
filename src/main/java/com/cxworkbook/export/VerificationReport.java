package com.cxworkbook.export;

import java.util.List;

/** What reading an exported file back found: the problems (none when it is good) and what was checked. */
public record VerificationReport(List<String> problems, int checks) {

    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
