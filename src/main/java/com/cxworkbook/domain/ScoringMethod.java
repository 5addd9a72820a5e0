package com.cxworkbook.domain;

/** How a framework turns ratings into a level. Each has one small strategy in {@link Scorer}. */
public enum ScoringMethod {
    /** Total of the ratings, mapped to a level by score bands (ICMI). */
    SUM_BANDS,
    /** Mean rating per section, mean of section means mapped to the nearest level (Astute, CXMM). */
    MEAN_LEVEL,
    /** Items belong to stages; the stage reached is the highest one whose items (and all below) are met. */
    STAGE_CHECKLIST
}
