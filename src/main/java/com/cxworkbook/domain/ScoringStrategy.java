package com.cxworkbook.domain;

import java.util.Map;

/** One way of turning ratings into a {@link ScoreResult}. */
interface ScoringStrategy {

    ScoreResult score(Framework framework, Map<String, Rating> ratings);
}
