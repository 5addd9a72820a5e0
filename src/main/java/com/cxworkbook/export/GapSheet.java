package com.cxworkbook.export;

import static com.cxworkbook.export.CellRefs.range;
import static com.cxworkbook.export.CellRefs.ref;

import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Workbook;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * The ICMI gap-analysis worksheet for one assessment, in the toolkit's column order, with live formulas:
 * gap = top of scale − current rating, TOTAL row as SUMs, and the score and stage computed from the
 * ratings by the framework's own rule, so a client who edits a rating in Excel sees the stage follow.
 * This class lays the sheet out; the score formulas per scoring method are {@link GapScoreFormulas} (with
 * their lookup tables in {@link GapStageTables}), the drop-downs and gap colours {@link GapSheetInputs}.
 */
final class GapSheet {

    static final int HEADER_ROW = 3;
    static final int FIRST_ITEM_ROW = HEADER_ROW + 1;
    static final String TOTAL = "TOTAL";
    static final String SCORE = "Score";
    static final String STAGE = "Stage";
    static final String FINAL_RANGE = "Final score could be";
    static final String PARTIAL = "Partial";
    static final String PARTIAL_MARK = "Partial: ";

    static final int SECTION = 0;
    static final int ACTIVITY = 1;
    static final int RATING = 2;
    static final int GAP = 3;
    static final int PRIORITY = 4;
    static final int EFFORT = 5;
    static final int INITIATIVE = 6;
    static final int ACTIONS = 7;
    static final int TARGET_DATE = 8;
    static final int OWNER = 9;
    static final int STATUS = 10;
    /** The workshop's target per item and the gap to it, beside the toolkit's own columns. */
    static final int TARGET = 11;

    static final int GAP_TO_TARGET = 12;
    private static final int COLUMNS = 13;
    /**
     * Hidden: the item id of each row, and above the header the assessment id, so an edited copy of the
     * sheet can be read back by assessment and activity however the client sorted or filtered it.
     */
    static final int ITEM_ID = 13;

    static final String ITEM_ID_HEADER = "Item id";
    static final String ASSESSMENT_MARK = "assessment:";

    private GapSheet() {}

    static void write(SheetWriter out, ExportPlan plan, ExportPlan.Part part) {
        Workbook workbook = plan.workbook();
        Framework framework = part.framework();
        int max = framework.scale().max();
        List<GapLine> lines = GapWorksheet.lines(framework, part.assessment());
        Styles s = out.styles;

        boolean checklist = framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST;
        out.banner(0, 0, "Gap analysis — " + plan.titleWithRound(part), s.title);
        // the round's own date: a follow-up's worksheet is not from the baseline's workshop day
        out.banner(
                1,
                0,
                framework.name() + " · " + SummarySheet.clientLine(workbook, Rounds.date(workbook, part.assessment())),
                s.subtitle);
        out.banner(
                2,
                0,
                checklist
                        ? "Gaps: the characteristics of the next stage that do not describe you yet (as exported). Blank rating: not rated yet; N/A: excluded."
                        : "Gap from future state = " + max
                                + " − current rating. Blank rating: not rated yet; N/A: excluded.",
                s.subtitle);
        out.header(
                HEADER_ROW,
                "Section",
                "Activity",
                "Current Rating",
                checklist
                        ? "Gap (next stage, does not describe you yet)"
                        : "Gap from Future State (" + max + " – current rating)",
                "Priority of Gap",
                "Potential Effort (Low, Medium, High)",
                "Type of Initiative (Strategic, Operational, Optimization)",
                "Action(s) to Address Gap",
                "Target Completion Date",
                "Owner",
                "Status",
                "Target",
                "Gap to Target (target – current rating)");

        int row = FIRST_ITEM_ROW;
        for (GapLine line : lines) {
            writeLine(out, row, line, max, checklist);
            Integer target =
                    Consensus.target(framework, part.assessment(), line.item().id());
            if (target == null) {
                out.empty(row, TARGET, s.integer);
            } else {
                out.number(row, TARGET, target, s.integer);
            }
            out.formula(
                    row,
                    GAP_TO_TARGET,
                    "IF(AND(ISNUMBER(" + ref(RATING, row) + "),ISNUMBER(" + ref(TARGET, row) + ")),MAX(0,"
                            + ref(TARGET, row) + "-" + ref(RATING, row) + "),\"\")",
                    s.integer);
            out.text(row, ITEM_ID, line.item().id(), s.text);
            row++;
        }
        int lastItemRow = row - 1;
        int totalRow = row;
        out.text(totalRow, SECTION, TOTAL, s.total);
        out.empty(totalRow, ACTIVITY, s.total);
        out.formula(totalRow, RATING, total(RATING, lastItemRow), s.totalNumber);
        out.formula(totalRow, GAP, total(GAP, lastItemRow), s.totalNumber);
        for (int c = PRIORITY; c < COLUMNS; c++) {
            out.empty(totalRow, c, s.total);
        }
        out.formula(totalRow, GAP_TO_TARGET, total(GAP_TO_TARGET, lastItemRow), s.totalNumber);

        int scoreRow = totalRow + 2;
        int stageRow = scoreRow + 1;
        int rangeRow = stageRow + 1;
        int markRow = rangeRow + 1;
        GapScoreFormulas f = GapScoreFormulas.write(out, framework, lines, scoreRow, rangeRow, markRow + 2);
        CellStyle number = framework.scoring().method() == ScoringMethod.MEAN_LEVEL ? s.decimal : s.integer;
        out.text(scoreRow, ACTIVITY, SCORE, s.label);
        out.formula(scoreRow, RATING, f.score(), number);
        out.banner(scoreRow, GAP, GapScoreFormulas.note(framework), s.subtitle);
        out.text(stageRow, ACTIVITY, STAGE, s.label);
        out.formula(stageRow, RATING, f.stage(), s.label);
        out.text(rangeRow, ACTIVITY, FINAL_RANGE, s.label);
        out.formula(rangeRow, RATING, f.low(), number);
        out.formula(rangeRow, GAP, f.high(), number);
        out.text(markRow, ACTIVITY, PARTIAL, s.label);
        out.formula(markRow, RATING, f.partialMark(), s.label);

        GapSheetInputs.add(out.sheet, framework, FIRST_ITEM_ROW, lastItemRow);
        out.cap(SECTION, 22);
        out.cap(ACTIVITY, 30);
        out.cap(GAP, 14);
        out.cap(PRIORITY, 10);
        out.cap(EFFORT, 12);
        out.cap(INITIATIVE, 16);
        out.cap(ACTIONS, 50);
        out.cap(TARGET_DATE, 12);
        out.cap(OWNER, 18);
        out.cap(STATUS, 12);
        out.cap(TARGET, 8);
        out.cap(GAP_TO_TARGET, 14);
        out.finish(COLUMNS);
        out.text(0, ITEM_ID, ASSESSMENT_MARK + part.assessment().getId(), s.text);
        out.text(HEADER_ROW, ITEM_ID, ITEM_ID_HEADER, s.header);
        out.sheet.setColumnHidden(ITEM_ID, true);
        // the stage lookup table under the score is the formulas' working, not part of the printed report
        out.sheet
                .getWorkbook()
                .setPrintArea(out.sheet.getWorkbook().getSheetIndex(out.sheet), 0, COLUMNS - 1, 0, markRow);
    }

    private static void writeLine(SheetWriter out, int row, GapLine line, int max, boolean checklist) {
        Styles s = out.styles;
        GapRow gapRow = line.row();
        out.text(row, SECTION, line.section().name(), s.wrapped);
        out.text(row, ACTIVITY, line.item().displayName(), s.wrapped);
        Rating rating = line.rating();
        if (rating != null && rating.isNotApplicable()) {
            out.text(row, RATING, "N/A", s.text);
        } else if (line.gap() != null) {
            out.number(row, RATING, rating.value(), s.integer);
        } else {
            out.empty(row, RATING, s.integer);
        }
        String current = ref(RATING, row);
        if (checklist) {
            // a stage model's gaps are the next stage's characteristics that do not describe the client yet,
            // which depends on the stage reached: written as values (GapWorksheet), not a per-row formula
            if (line.gap() == null) {
                out.empty(row, GAP, s.integer);
            } else {
                out.number(row, GAP, line.gap(), s.integer);
            }
        } else {
            out.formula(row, GAP, "IF(ISNUMBER(" + current + ")," + max + "-" + current + ",\"\")", s.integer);
        }
        out.text(row, PRIORITY, GapField.text(GapField.PRIORITY.get(gapRow)), s.text);
        out.text(row, EFFORT, GapField.text(GapField.EFFORT.get(gapRow)), s.text);
        out.text(row, INITIATIVE, GapField.text(GapField.INITIATIVE.get(gapRow)), s.text);
        out.text(row, ACTIONS, GapField.ACTIONS.get(gapRow), s.wrapped);
        out.date(row, TARGET_DATE, GapField.TARGET_DATE.get(gapRow), s.date);
        out.text(row, OWNER, GapField.OWNER.get(gapRow), s.wrapped);
        out.text(row, STATUS, GapField.text(GapField.STATUS.get(gapRow)), s.text);
    }

    /** The TOTAL row's sum of one column's item rows (0 on a sheet without items). */
    private static String total(int column, int lastItemRow) {
        return lastItemRow < FIRST_ITEM_ROW ? "0" : "SUM(" + range(column, FIRST_ITEM_ROW, lastItemRow) + ")";
    }
}
