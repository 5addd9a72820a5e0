package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What changed since the previous round, as the lines the PDF summary prints beside a follow-up's radar:
 * "Since Round 1 (2026-11-23)", the score and the stage then → now, and per section its result then → now
 * with the difference. A partly rated round is never given a projected score: its score reads "so far" with
 * the final range, and a partly rated section shows its range instead of a difference.
 */
record RoundChange(String heading, String score, String stage, List<String> sections, List<SectionProfile> before) {

    /** The change of {@code round} since the round it follows up; empty for a baseline or a lone assessment. */
    static Optional<RoundChange> of(Workbook workbook, Framework framework, Assessment round, ScoreResult now) {
        Optional<Assessment> previous = Rounds.previous(workbook, round);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Assessment then = previous.get();
        ScoreResult was = Scorer.score(framework, then);
        String date = Optional.ofNullable(Rounds.date(workbook, then))
                .map(d -> " (" + d + ")")
                .orElse("");
        String heading = "Since Round " + Rounds.number(workbook, then) + date;
        String score = "Score " + scoreText(was) + " → " + scoreText(now) + scoreDelta(was, now);
        String stage = "Stage " + was.levelText() + " → " + now.levelText();
        List<SectionProfile> before = SectionProfile.of(framework, then, was);
        List<SectionProfile> after = SectionProfile.of(framework, round, now);
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            sections.add(section(before.get(i), after.get(i)));
        }
        return Optional.of(new RoundChange(heading, score, stage, sections, before));
    }

    /** "53 / 100", "55 so far (final 56–60)", "not rated". */
    private static String scoreText(ScoreResult result) {
        if (result.rated() == 0) {
            return "not rated";
        }
        if (result.isPartial() && result.method() != ScoringMethod.STAGE_CHECKLIST) {
            return result.scoreText() + " (final " + result.rangeText() + ")";
        }
        return result.scoreText();
    }

    /** " (+7)" between two complete rounds; nothing when either is partial or unrated (no projection). */
    private static String scoreDelta(ScoreResult was, ScoreResult now) {
        if (was.rated() == 0 || now.rated() == 0 || was.isPartial() || now.isPartial()) {
            return "";
        }
        double delta = now.score() - was.score();
        return " (" + signed(delta, now.method() == ScoringMethod.MEAN_LEVEL ? 1 : 0) + ")";
    }

    /** "Technology 1.8 → 2.8 (+1.0)"; "Process 2.7 → 2.4–3.0 so far (partly rated)"; "Metrics 3.0 → not rated". */
    private static String section(SectionProfile was, SectionProfile now) {
        String name = now.section().name() + " ";
        String before = value(was);
        if (now.result() == null && !now.isPartial()) {
            return name + before + " → not rated";
        }
        if (now.isPartial()) {
            return name + before + " → " + String.format(Locale.ROOT, "%.1f–%.1f", now.low(), now.high())
                    + " (partly rated)";
        }
        String after = value(now);
        if (was.result() == null || was.isPartial()) {
            return name + before + " → " + after;
        }
        return name + before + " → " + after + " (" + signed(now.result() - was.result(), 1) + ")";
    }

    private static String value(SectionProfile profile) {
        if (profile.result() == null) {
            return "–";
        }
        return profile.isPartial()
                ? String.format(Locale.ROOT, "%.1f–%.1f", profile.low(), profile.high())
                : String.format(Locale.ROOT, "%.1f", profile.result());
    }

    /** "+0.3", "-0.5", "±0" (rounded to {@code decimals}). */
    private static String signed(double delta, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(delta));
        double shown = Double.parseDouble(text);
        if (shown == 0) {
            return "±0";
        }
        return (delta > 0 ? "+" : "-") + text;
    }
}
