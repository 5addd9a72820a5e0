package com.cxworkbook.domain;

import java.util.List;

/** The scoring rule of a framework: a method plus its parameters (bands or checklist threshold). */
public record Scoring(ScoringMethod method, List<Band> bands, Integer threshold) {

    public Scoring {
        bands = Copies.list(bands);
    }
}
