package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/**
 * The workshop in the export: a "Participants" sheet with, per assessment the room rated, every
 * participant's rating per item, min, max, spread, a "Discuss" flag (spread ≥ 2), median, agreed rating
 * and target; and on the Summary, the perception gap — the score and stage per group beside the agreed one.
 * Min to median are live formulas over the participants' columns, so a correction in Excel follows. Where an
 * assessment has rounds, its rows name the round ("… — Round 1 · 2026-11-23"): the people rated in that round.
 */
final class ParticipantsSheet {

    static final String NAME = "Participants";
    static final String DISCUSS = "Discuss";
    static final String PERCEPTION_GAP = "Perception gap by group";
    static final String AGREED = "Agreed";
    static final String OWN_SCORE = "Own score";
    static final int HEADER_ROW = 3;
    /** Columns before the participants' ratings: assessment, section, item. */
    static final int FIRST_PARTICIPANT = 3;

    static final String[] STATS = {"Min", "Max", "Spread", "Disagreement", "Median", "Agreed rating", "Target"};

    private ParticipantsSheet() {}

    /** True when someone listed in the workbook rated an item of an assessment: only then the sheet exists. */
    static boolean applies(Workbook workbook) {
        return workbook.getAssessments().stream()
                .anyMatch(a -> !rated(workbook, a).isEmpty());
    }

    /** The workbook's participants who rated something in this assessment, in workbook order. */
    static List<Participant> rated(Workbook workbook, Assessment assessment) {
        List<Participant> people = new ArrayList<>();
        for (Participant participant : workbook.getParticipants()) {
            Map<String, Rating> own = assessment.getParticipantRatings().get(participant.getId());
            if (own != null && !own.isEmpty()) {
                people.add(participant);
            }
        }
        return people;
    }

    static String heading(Participant participant) {
        String name =
                participant.getName() == null || participant.getName().isBlank() ? "Unnamed" : participant.getName();
        return name + " (" + participant.groupOrRole() + ")";
    }

    /** Everyone who rated anything, in workbook order: the same columns for every assessment, so one header fits. */
    static List<Participant> raters(ExportPlan plan) {
        List<Participant> people = new ArrayList<>();
        for (ExportPlan.Part part : plan.parts()) {
            for (Participant participant : rated(plan.workbook(), part.assessment())) {
                if (!people.contains(participant)) {
                    people.add(participant);
                }
            }
        }
        people.sort(Comparator.comparingInt(plan.workbook().getParticipants()::indexOf));
        return people;
    }

    static void write(SheetWriter out, ExportPlan plan) {
        Styles s = out.styles;
        out.banner(0, 0, "Participants' own ratings — " + SummarySheet.clientLine(plan.workbook()), s.title);
        out.banner(
                1,
                0,
                "Spread = max − min; " + DISCUSS + " where the room differs by two levels or more. "
                        + "The agreed rating is what scores and gap sheets use.",
                s.subtitle);
        List<Participant> people = raters(plan);
        List<String> titles = new ArrayList<>(List.of("Assessment", "Section", "Item"));
        people.forEach(p -> titles.add(heading(p)));
        titles.addAll(List.of(STATS));
        out.header(HEADER_ROW, titles.toArray(String[]::new));
        int row = HEADER_ROW;
        for (ExportPlan.Part part : plan.parts()) {
            if (!rated(plan.workbook(), part.assessment()).isEmpty()) {
                row = block(out, row + 1, part, plan.titleWithRound(part), people);
            }
        }
        out.cap(0, 24);
        out.cap(1, 22);
        out.cap(2, 30);
        out.finish(titles.size());
    }

    /** One assessment's rows below the header: one per item, then each participant's own score and stage. */
    private static int block(SheetWriter out, int row, ExportPlan.Part part, String title, List<Participant> people) {
        Styles s = out.styles;
        Framework framework = part.framework();
        Assessment assessment = part.assessment();
        int n = people.size();
        int min = FIRST_PARTICIPANT + n;
        for (Item item : framework.items()) {
            out.text(row, 0, title, s.wrapped);
            out.text(
                    row,
                    1,
                    framework.sectionOf(item.id()).map(sec -> sec.name()).orElse(""),
                    s.wrapped);
            out.text(row, 2, item.displayName(), s.wrapped);
            for (int i = 0; i < n; i++) {
                Map<String, Rating> own =
                        assessment.getParticipantRatings().get(people.get(i).getId());
                rating(out, row, FIRST_PARTICIPANT + i, framework, own == null ? null : own.get(item.id()));
            }
            String range = ref(row, FIRST_PARTICIPANT) + ":" + ref(row, min - 1);
            String any = "COUNT(" + range + ")=0";
            out.formula(row, min, "IF(" + any + ",\"\",MIN(" + range + "))", s.integer);
            out.formula(row, min + 1, "IF(" + any + ",\"\",MAX(" + range + "))", s.integer);
            out.formula(
                    row, min + 2, "IF(" + any + ",\"\"," + ref(row, min + 1) + "-" + ref(row, min) + ")", s.integer);
            out.formula(
                    row,
                    min + 3,
                    "IF(" + any + ",\"\",IF(" + ref(row, min + 2) + ">=2,\"" + DISCUSS + "\",\"\"))",
                    s.label);
            out.formula(row, min + 4, "IF(" + any + ",\"\",MEDIAN(" + range + "))", s.decimal);
            rating(out, row, min + 5, framework, assessment.getRatings().get(item.id()));
            Integer target = Consensus.target(framework, assessment, item.id());
            if (target == null) {
                out.empty(row, min + 6, s.integer);
            } else {
                out.number(row, min + 6, target, s.integer);
            }
            row++;
        }
        out.text(row, 0, title, s.total);
        out.text(row + 1, 0, title, s.total);
        out.text(row, 2, OWN_SCORE, s.total);
        out.text(row + 1, 2, "Own stage", s.total);
        for (int i = 0; i < n; i++) {
            if (assessment.getParticipantRatings().containsKey(people.get(i).getId())) {
                score(
                        out,
                        row,
                        FIRST_PARTICIPANT + i,
                        Consensus.participantScore(framework, assessment, people.get(i)));
            }
        }
        score(out, row, min + 5, part.score());
        return row + 1;
    }

    private static void rating(SheetWriter out, int row, int column, Framework framework, Rating rating) {
        if (rating != null && rating.isNotApplicable()) {
            out.text(row, column, "N/A", out.styles.text);
        } else if (rating != null && framework.scale().contains(rating.value())) {
            out.number(row, column, rating.value(), out.styles.integer);
        } else {
            out.empty(row, column, out.styles.integer);
        }
    }

    private static void score(SheetWriter out, int row, int column, ScoreResult result) {
        Styles s = out.styles;
        if (result.rated() > 0) {
            out.number(
                    row,
                    column,
                    result.score(),
                    result.method() == ScoringMethod.MEAN_LEVEL ? s.totalDecimal : s.totalNumber);
        } else {
            out.text(row, column, "–", s.total);
        }
        out.text(row + 1, column, result.levelText(), s.total);
    }

    /**
     * The perception gap on the Summary, a blank row below {@code row}: per assessment the room rated, the
     * agreed score and stage, then each group's (the median of its members per item) with its difference.
     * Returns the last row written, or {@code row} unchanged when nobody rated anything.
     */
    static int writeGroups(SheetWriter out, int row, ExportPlan plan) {
        if (!applies(plan.workbook())) {
            return row;
        }
        Styles s = out.styles;
        row += 2;
        out.banner(row++, 0, PERCEPTION_GAP, s.label);
        out.text(row, 0, "Assessment", s.header);
        out.text(row, 1, "Group", s.header);
        out.text(row, 2, "Score", s.header);
        out.text(row, 3, "Difference", s.header);
        out.text(row, 4, "Stage", s.header);
        out.text(row, 5, "People", s.header);
        for (ExportPlan.Part part : plan.parts()) {
            List<Participant> people = rated(plan.workbook(), part.assessment());
            if (people.isEmpty()) {
                continue;
            }
            ScoreResult agreed = part.score();
            row++;
            String title = plan.titleWithRound(part);
            groupRow(out, row, title, AGREED, agreed, null, people.size());
            Map<String, ScoreResult> groups = Consensus.groupScores(part.framework(), part.assessment(), people);
            for (Map.Entry<String, ScoreResult> group : groups.entrySet()) {
                row++;
                long members = people.stream()
                        .filter(p -> p.groupOrRole().equals(group.getKey()))
                        .count();
                groupRow(out, row, title, group.getKey(), group.getValue(), agreed, (int) members);
            }
        }
        return row;
    }

    private static void groupRow(
            SheetWriter out, int row, String title, String group, ScoreResult result, ScoreResult agreed, int people) {
        Styles s = out.styles;
        boolean decimal = result.method() == ScoringMethod.MEAN_LEVEL;
        out.text(row, 0, title, s.wrapped);
        out.text(row, 1, group, agreed == null ? s.label : s.text);
        if (result.rated() > 0) {
            out.number(row, 2, result.score(), decimal ? s.decimal : s.integer);
        } else {
            out.text(row, 2, "–", s.text);
        }
        if (agreed != null && result.rated() > 0 && (result.isPartial() || agreed.isPartial())) {
            // a "so far" is not comparable with another score: say why instead of a difference
            out.text(
                    row,
                    3,
                    result.isPartial()
                            ? "rated " + (result.rated() + result.notApplicable()) + " of " + result.itemCount()
                                    + ": not compared"
                            : "agreed incomplete: not compared",
                    s.wrapped);
        } else if (agreed != null && result.rated() > 0 && agreed.rated() > 0) {
            out.number(row, 3, result.score() - agreed.score(), decimal ? s.decimal : s.integer);
        } else {
            out.empty(row, 3, s.integer);
        }
        out.text(row, 4, result.levelText(), s.wrapped);
        out.number(row, 5, people, s.integer);
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }
}
