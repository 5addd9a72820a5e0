package com.cxworkbook.export;

import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.SectionProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One assessment as a table: every item with its rating, the descriptor of the chosen level, notes and
 * evidence; then the framework's stages and how the score was reached, in the app's own words.
 */
final class AssessmentSheet {

    static final String[] HEADER = {
        "Section", "Item", "Statement", "Rating", "Descriptor of the chosen level", "Notes", "Evidence"
    };
    static final String SECTIONS = "Section results";
    static final String[] SECTION_HEADER = {"Section", "Result", "Top of scale", "Target"};
    static final String STAGES = "Stages";
    static final String EXPLANATION = "How the score was reached";
    static final int FIRST_SECTION_ROW = 6;

    private AssessmentSheet() {}

    /**
     * Where the item table's header is. The report's short tables (section results, stages, how the score
     * was reached) come first, so the item header that repeats on every printed page never sits above them.
     */
    static int headerRow(ExportPlan.Part part) {
        return FIRST_SECTION_ROW
                + part.score().sections().size()
                + part.framework().levels().size()
                + part.score().explanation().size()
                + 6;
    }

    /** Rows of the section-results table (first, last), which the Summary's radar chart plots. */
    static int[] sectionRows(ExportPlan.Part part) {
        return new int[] {
            FIRST_SECTION_ROW, FIRST_SECTION_ROW + part.score().sections().size() - 1
        };
    }

    static void write(SheetWriter out, ExportPlan plan, ExportPlan.Part part) {
        Framework framework = part.framework();
        ScoreResult score = part.score();
        Styles s = out.styles;
        // rounds share a title: a printed page must say which round it is
        out.banner(0, 0, plan.titleWithRound(part), s.title);
        out.banner(
                1,
                0,
                framework.name() + (framework.version() == null ? "" : " (version " + framework.version() + ")"),
                s.subtitle);
        out.banner(
                2,
                0,
                score.isPartial()
                        ? SummarySheet.partialMark(score)
                        : "Score: " + score.scoreText() + " · Stage: " + score.levelText() + " · "
                                + score.progressText(),
                s.label);

        out.banner(FIRST_SECTION_ROW - 2, 0, SECTIONS, s.title);
        out.tableHeader(FIRST_SECTION_ROW - 1, SECTION_HEADER);
        int row = FIRST_SECTION_ROW - 1;
        for (SectionProfile section : SectionProfile.of(framework, part.assessment(), score)) {
            row++;
            out.text(row, 0, section.section().name() + (section.isPartial() ? " (partly rated)" : ""), s.wrapped);
            if (section.result() != null) {
                out.number(row, 1, section.result(), s.decimal);
            } else {
                out.empty(row, 1, s.decimal);
            }
            out.number(row, 2, section.top(), s.integer);
            Double target = section.target();
            if (target != null) {
                out.number(row, 3, target, s.decimal);
            } else {
                out.empty(row, 3, s.decimal);
            }
        }

        row += 2;
        out.banner(row, 0, STAGES, s.title);
        row++;
        out.tableHeader(row, "Stage", "Reached", "Description");
        for (Level level : framework.levels()) {
            row++;
            out.text(row, 0, level.name(), s.label);
            out.text(row, 1, reachedMark(score, level), s.text);
            out.text(row, 2, describe(level), s.wrapped);
        }

        row += 2;
        out.banner(row, 0, EXPLANATION, s.title);
        for (String line : score.explanation()) {
            row++;
            out.banner(row, 0, line, s.text);
        }

        int headerRow = row + 2;
        // the item table starts on its own page, under its header, which repeats on every page after
        out.sheet.setRowBreak(headerRow - 1);
        out.header(headerRow, HEADER);
        Map<String, Rating> ratings = part.assessment().getRatings();
        row = headerRow;
        for (Section section : framework.sections()) {
            for (Item item : section.items()) {
                row++;
                Rating rating = ratings.get(item.id());
                out.text(row, 0, section.name(), s.wrapped);
                out.text(row, 1, item.name(), s.wrapped);
                out.text(row, 2, item.statement(), s.wrapped);
                if (rating == null
                        || (!rating.isNotApplicable() && !framework.scale().contains(rating.value()))) {
                    out.empty(row, 3, s.integer);
                    out.text(row, 4, "", s.wrapped);
                } else if (rating.isNotApplicable()) {
                    out.text(row, 3, "N/A", s.text);
                    out.text(row, 4, "Not applicable", s.wrapped);
                } else {
                    out.number(row, 3, rating.value(), s.integer);
                    out.text(row, 4, descriptor(framework, item, rating.value()), s.wrapped);
                }
                out.text(row, 5, part.assessment().getNotes().get(item.id()), s.wrapped);
                out.text(row, 6, evidence(part.assessment().getEvidence().get(item.id())), s.wrapped);
            }
        }
        out.cap(0, 20);
        out.cap(1, 26);
        out.cap(2, 60);
        out.cap(3, 8);
        out.cap(4, 45);
        out.cap(5, 40);
        out.cap(6, 30);
        out.finish(HEADER.length);
    }

    private static String descriptor(Framework framework, Item item, int value) {
        String descriptor = item.descriptor(value);
        if (descriptor != null && !descriptor.isBlank()) {
            return descriptor;
        }
        return framework.scale().hasLabel(value) ? framework.scale().label(value) : "";
    }

    private static String describe(Level level) {
        List<String> parts = new ArrayList<>();
        if (!level.summary().isBlank()) {
            parts.add(level.summary());
        }
        level.details().forEach((key, text) -> parts.add(key + ": " + text));
        return String.join("\n", parts);
    }

    private static String evidence(Evidence evidence) {
        if (evidence == null || evidence.blank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (evidence.text() != null && !evidence.text().isBlank()) {
            parts.add(evidence.text());
        }
        if (evidence.owner() != null && !evidence.owner().isBlank()) {
            parts.add("Owner: " + evidence.owner());
        }
        if (evidence.date() != null) {
            parts.add("Date: " + evidence.date());
        }
        return String.join("\n", parts);
    }

    /** "◀ current"; while unrated items could still change it, "◀ reached so far" and "◀ highest still possible". */
    static String reachedMark(ScoreResult score, Level level) {
        if (level.equals(score.level())) {
            return score.isProvisional() ? "◀ reached so far" : "◀ current";
        }
        return score.isProvisional() && level.equals(score.range().highLevel()) ? "◀ highest still possible" : "";
    }
}
