package com.cxworkbook.domain;

/** How a framework turns ratings into a level. Each has one small strategy in {@link Scorer}. */
public enum ScoringMethod {
    /** Total of the ratings, mapped to a level by score bands (ICMI). */
    SUM_BANDS,
    /** Mean rating per section, mean of section means mapped to the nearest level (Astute, CXMM). */
    MEAN_LEVEL,
    /** Items describe stages; the stage reached is the best fit: the highest one most of whose items describe the client. */
    STAGE_CHECKLIST
}
