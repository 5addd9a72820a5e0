package com.cxworkbook.domain;

import java.util.EnumMap;
import java.util.Map;

/** Scores an assessment with its framework's method. Stateless and cheap: call it on every click. */
public final class Scorer {

    private static final Map<ScoringMethod, ScoringStrategy> STRATEGIES = new EnumMap<>(ScoringMethod.class);

    static {
        STRATEGIES.put(ScoringMethod.SUM_BANDS, new SumBandsScoring());
        STRATEGIES.put(ScoringMethod.MEAN_LEVEL, new MeanLevelScoring());
        STRATEGIES.put(ScoringMethod.STAGE_CHECKLIST, new StageChecklistScoring());
    }

    private Scorer() {}

    public static ScoreResult score(Framework framework, Map<String, Rating> ratings) {
        return STRATEGIES.get(framework.scoring().method()).score(framework, ratings);
    }

    public static ScoreResult score(Framework framework, Assessment assessment) {
        return score(framework, assessment.getRatings());
    }
}
