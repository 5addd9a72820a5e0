package com.cxworkbook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follow-up assessments: a round is an assessment of the same framework that names the round it follows
 * up ({@code previousRound}), so a workbook holds a baseline and its follow-ups as a chain. A new round
 * starts unrated (the previous ratings are shown beside it, never copied unless asked for) and carries
 * over the targets and every gap action that is not done, with its status, owner and dates.
 */
public final class Rounds {

    private Rounds() {}

    /**
     * A new round following up {@code previous}, assessed {@code on}: same framework and title, recorded on
     * {@code framework}'s current wording, unrated, with the previous round's target level, item targets
     * and open gap rows. Neither the workbook nor {@code previous} is changed.
     */
    public static Assessment followUp(Assessment previous, Framework framework, LocalDate on) {
        if (!framework.id().equals(previous.getFrameworkId())) {
            throw new IllegalArgumentException("a follow-up uses the same framework as its previous round");
        }
        Assessment round = new Assessment(framework);
        round.setTitle(previous.getTitle());
        round.setTargetLevel(previous.getTargetLevel());
        round.getTargets().putAll(previous.getTargets());
        round.setAssessedOn(on);
        round.setPreviousRound(previous.getId());
        for (GapRow row : previous.getGapRows()) {
            if (row.getStatus() != GapStatus.DONE && !GapField.isEmpty(row)) {
                round.getGapRows().add(copy(row));
            }
        }
        return round;
    }

    private static GapRow copy(GapRow row) {
        GapRow copy = new GapRow(row.getItemId());
        for (GapField<?> field : GapField.ALL) {
            copyField(field, row, copy);
        }
        copy.extra().putAll(row.extra());
        return copy;
    }

    private static <T> void copyField(GapField<T> field, GapRow from, GapRow to) {
        field.set(to, field.get(from));
    }

    /** The round {@code round} follows up, if it is in the workbook. */
    public static Optional<Assessment> previous(Workbook workbook, Assessment round) {
        return byId(workbook, round.getPreviousRound());
    }

    /** The round that follows up {@code round}, if one was started. */
    public static Optional<Assessment> next(Workbook workbook, Assessment round) {
        return workbook.getAssessments().stream()
                .filter(a -> round.getId().equals(a.getPreviousRound()))
                .findFirst();
    }

    /** Every round of {@code round}'s chain, baseline first. */
    public static List<Assessment> chain(Workbook workbook, Assessment round) {
        List<Assessment> earlier = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Assessment at = round;
        // a hand-edited file could loop; stop at the first repeat
        while (at != null && seen.add(at.getId())) {
            earlier.add(0, at);
            at = previous(workbook, at).orElse(null);
        }
        at = next(workbook, round).orElse(null);
        while (at != null && seen.add(at.getId())) {
            earlier.add(at);
            at = next(workbook, at).orElse(null);
        }
        return earlier;
    }

    /** The newest round of {@code round}'s chain: the one a new follow-up continues from. */
    public static Assessment latest(Workbook workbook, Assessment round) {
        List<Assessment> chain = chain(workbook, round);
        return chain.get(chain.size() - 1);
    }

    /** 1 for a baseline, 2 for its first follow-up, … */
    public static int number(Workbook workbook, Assessment round) {
        return chain(workbook, round).indexOf(round) + 1;
    }

    /** True when the assessment is part of a chain of more than one round. */
    public static boolean hasRounds(Workbook workbook, Assessment assessment) {
        return assessment.getPreviousRound() != null
                || next(workbook, assessment).isPresent();
    }

    /** "Round 2 · 2027-05-20"; the workbook's date stands in for a baseline from before rounds. */
    public static String label(Workbook workbook, Assessment round) {
        LocalDate date = date(workbook, round);
        return "Round " + number(workbook, round) + (date == null ? "" : " · " + date);
    }

    /** When the round was assessed: its own date, else (a baseline from before rounds) the workbook's; may be null. */
    public static LocalDate date(Workbook workbook, Assessment round) {
        return round.getAssessedOn() != null
                ? round.getAssessedOn()
                : round.getPreviousRound() == null ? workbook.getDate() : null;
    }

    /**
     * Why {@code on} cannot be the date of a follow-up of {@code latest} (no date, or a date before that
     * round's own); empty when it can. The same day is allowed: a second session on one day is a round too.
     */
    public static Optional<String> followUpDateProblem(Workbook workbook, Assessment latest, LocalDate on) {
        if (on == null) {
            return Optional.of("Enter the date of the follow-up round.");
        }
        LocalDate before = date(workbook, latest);
        if (before != null && on.isBefore(before)) {
            return Optional.of("A follow-up cannot be dated before Round " + number(workbook, latest) + " (" + before
                    + "); pick " + before + " or later.");
        }
        return Optional.empty();
    }

    /**
     * "Keep previous" for the given items: each item not yet rated in {@code round} takes its rating in
     * {@code previous} (N/A included). Returns the items that were set; items already rated are left alone.
     */
    public static List<String> keepPrevious(Assessment round, Assessment previous, Collection<String> itemIds) {
        List<String> kept = new ArrayList<>();
        for (String itemId : itemIds) {
            Rating before = previous.getRatings().get(itemId);
            if (before != null && !round.getRatings().containsKey(itemId)) {
                round.rate(itemId, before);
                kept.add(itemId);
            }
        }
        return kept;
    }

    private static Optional<Assessment> byId(Workbook workbook, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return workbook.getAssessments().stream()
                .filter(a -> id.equals(a.getId()))
                .findFirst();
    }
}
