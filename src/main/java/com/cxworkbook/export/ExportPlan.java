package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.List;

/**
 * What an export of a workbook will contain: the sheet names and, per assessment, its framework and the
 * app's own score. Both the writer and the read-back check work from the same plan.
 */
public record ExportPlan(Workbook workbook, List<Part> parts) {

    public static final String SUMMARY_SHEET = "Summary";

    /** One assessment: its grid sheet and its gap-analysis sheet. */
    public record Part(
            Assessment assessment, Framework framework, ScoreResult score, String gridSheet, String gapSheet) {

        public String title() {
            String title = assessment.getTitle();
            return title == null || title.isBlank() ? framework.name() : title;
        }
    }

    public ExportPlan {
        parts = List.copyOf(parts);
    }

    /**
     * Resolves every assessment's framework and scores it.
     *
     * @throws ExportException (INPUT) when an assessment uses a framework the app does not have
     */
    public static ExportPlan of(Workbook workbook, FrameworkLookup frameworks) throws ExportException {
        SheetNames names = new SheetNames();
        names.unique(SUMMARY_SHEET);
        if (ProgressSheet.applies(workbook)) {
            names.unique(ProgressSheet.NAME);
        }
        if (ParticipantsSheet.applies(workbook)) {
            names.unique(ParticipantsSheet.NAME);
        }
        List<Part> parts = new ArrayList<>();
        List<Assessment> assessments = workbook.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            String id = assessment.getFrameworkId();
            Framework framework = id == null ? null : frameworks.find(id).orElse(null);
            if (framework == null) {
                String which = assessment.getTitle() == null
                        ? "Assessment " + (i + 1)
                        : "Assessment \"" + assessment.getTitle() + "\"";
                throw new ExportException(
                        ExportException.Kind.INPUT,
                        which + " uses the framework \"" + id
                                + "\", which this version of the app does not have; install the framework or a newer app and export again.");
            }
            ScoreResult score = Scorer.score(framework, assessment);
            String title =
                    assessment.getTitle() == null || assessment.getTitle().isBlank()
                            ? framework.name()
                            : assessment.getTitle();
            if (Rounds.hasRounds(workbook, assessment)) {
                // rounds share a title: the round number goes first, where a cut name keeps it
                title = "R" + Rounds.number(workbook, assessment) + " " + title;
            }
            parts.add(new Part(assessment, framework, score, names.unique(title), names.unique("Gap " + title)));
        }
        return new ExportPlan(workbook, parts);
    }

    /**
     * The part's title with its round where the assessment has rounds ("ICMI self-assessment — Round 2 ·
     * 2027-05-24"), for rows that would otherwise not say which round they belong to; the plain title otherwise.
     */
    public String titleWithRound(Part part) {
        return Rounds.hasRounds(workbook, part.assessment())
                ? part.title() + " — " + Rounds.label(workbook, part.assessment())
                : part.title();
    }

    /** Sheet names in workbook order. */
    public List<String> sheetNames() {
        List<String> sheets = new ArrayList<>();
        sheets.add(SUMMARY_SHEET);
        if (ProgressSheet.applies(workbook)) {
            sheets.add(ProgressSheet.NAME);
        }
        for (Part part : parts) {
            sheets.add(part.gridSheet());
            sheets.add(part.gapSheet());
        }
        if (ParticipantsSheet.applies(workbook)) {
            sheets.add(ParticipantsSheet.NAME);
        }
        return sheets;
    }
}
