package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a radar picture: a section's result (the mean of its rated items), the range that result can
 * still end up in while items are unrated (each unrated item at the bottom, then at the top of the scale;
 * N/A items are left out), the section's target (the mean of its items' targets) and the scale's bounds.
 * Values are null when there is nothing to show (nothing rated; every item N/A; no target).
 * A stage model answered "describes us" (1) / "does not" (0) is read by the best-fit rule, so its result is
 * the share of the stage's characteristics that describe the client, unanswered ones not counted as doing so:
 * a mean of the answered ones would draw a stage with one "yes" as complete.
 */
public record SectionProfile(
        Section section, Double result, Double low, Double high, Double target, int bottom, int top, int unrated) {

    /** True while some items are unrated, so the result may still move within [low, high]. */
    public boolean isPartial() {
        return unrated > 0 && low != null;
    }

    /** One profile per section, in the framework's order. */
    public static List<SectionProfile> of(Framework framework, Assessment assessment, ScoreResult score) {
        int min = framework.scale().min();
        int max = framework.scale().max();
        List<SectionProfile> profiles = new ArrayList<>();
        for (SectionResult result : score.sections()) {
            int unrated = result.itemCount() - result.rated() - result.notApplicable();
            int counted = result.rated() + unrated;
            Double low = counted == 0 ? null : (result.sum() + (double) unrated * min) / counted;
            Double high = counted == 0 ? null : (result.sum() + (double) unrated * max) / counted;
            Double shown = tickList(framework) ? low : result.mean();
            profiles.add(new SectionProfile(
                    result.section(),
                    shown,
                    low,
                    high,
                    target(framework, assessment, result.section()),
                    min,
                    max,
                    unrated));
        }
        return profiles;
    }

    private static boolean tickList(Framework framework) {
        return framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST
                && framework.scale().max() == 1
                && framework.scale().min() == 0;
    }

    private static Double target(Framework framework, Assessment assessment, Section section) {
        double sum = 0;
        int count = 0;
        for (Item item : section.items()) {
            Integer target = Consensus.target(framework, assessment, item.id());
            if (target != null) {
                sum += target;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }
}
