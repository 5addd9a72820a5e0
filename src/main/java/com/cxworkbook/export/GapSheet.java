package com.cxworkbook.export;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The ICMI gap-analysis worksheet for one assessment, in the toolkit's column order, with live formulas:
 * gap = top of scale − current rating, TOTAL row as SUMs, and the score and stage computed from the
 * ratings by the framework's own rule, so a client who edits a rating in Excel sees the stage follow.
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

    static void write(SheetWriter out, Workbook workbook, ExportPlan.Part part) {
        Framework framework = part.framework();
        int max = framework.scale().max();
        List<GapLine> lines = GapWorksheet.lines(framework, part.assessment());
        Styles s = out.styles;

        boolean checklist = framework.scoring().method() == ScoringMethod.STAGE_CHECKLIST;
        out.banner(0, 0, "Gap analysis — " + part.title(), s.title);
        out.banner(1, 0, framework.name() + " · " + SummarySheet.clientLine(workbook), s.subtitle);
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
        String ratings = range(RATING, FIRST_ITEM_ROW, lastItemRow);
        int totalRow = row;
        out.text(totalRow, SECTION, TOTAL, s.total);
        out.empty(totalRow, ACTIVITY, s.total);
        out.formula(totalRow, RATING, lines.isEmpty() ? "0" : "SUM(" + ratings + ")", s.totalNumber);
        out.formula(
                totalRow,
                GAP,
                lines.isEmpty() ? "0" : "SUM(" + range(GAP, FIRST_ITEM_ROW, lastItemRow) + ")",
                s.totalNumber);
        for (int c = PRIORITY; c < COLUMNS; c++) {
            out.empty(totalRow, c, s.total);
        }
        out.formula(
                totalRow,
                GAP_TO_TARGET,
                lines.isEmpty() ? "0" : "SUM(" + range(GAP_TO_TARGET, FIRST_ITEM_ROW, lastItemRow) + ")",
                s.totalNumber);

        int scoreRow = totalRow + 2;
        int stageRow = scoreRow + 1;
        int rangeRow = stageRow + 1;
        int markRow = rangeRow + 1;
        int tableRow = markRow + 2;
        String scoreCell = abs(RATING, scoreRow);
        String lowCell = abs(RATING, rangeRow);
        String highCell = abs(GAP, rangeRow);
        ScoringMethod method = framework.scoring().method();
        int n = lines.size();
        Counts c = new Counts(ratings, n);
        int min = framework.scale().min();
        String scoreFormula;
        String stageFormula;
        String lowFormula;
        String highFormula;
        if (lines.isEmpty()) {
            scoreFormula = "\"\"";
            stageFormula = "\"\"";
            lowFormula = "\"\"";
            highFormula = "\"\"";
        } else if (method == ScoringMethod.SUM_BANDS) {
            scoreFormula = "IF(" + c.count + "=0,\"\",IF(" + c.unrated + ">0,SUM(" + ratings + "),ROUND(SUM(" + ratings
                    + ")*" + n + "/" + c.applicable + ",0)))";
            lowFormula = c.partialOnly(
                    "ROUND((SUM(" + ratings + ")+" + c.unrated + "*" + min + ")*" + n + "/" + c.applicable + ",0)");
            highFormula = c.partialOnly(
                    "ROUND((SUM(" + ratings + ")+" + c.unrated + "*" + max + ")*" + n + "/" + c.applicable + ",0)");
            String names = bandsTable(out, tableRow, framework);
            stageFormula = stageText(c, scoreCell, lowCell, highCell, names);
        } else if (method == ScoringMethod.MEAN_LEVEL) {
            scoreFormula = meanLevelScore(ratings, lines);
            lowFormula = c.partialOnly(finalMean(lines, min));
            highFormula = c.partialOnly(finalMean(lines, max));
            String names = levelsTable(out, tableRow, framework);
            stageFormula = stageText(c, scoreCell, lowCell, highCell, names);
        } else {
            List<String> low = new ArrayList<>();
            List<String> high = new ArrayList<>();
            String names = checklistTable(out, tableRow, framework, lines, low, high);
            scoreFormula = "IF(" + c.count + "=0,\"\",MAX(1," + String.join(",", low) + "))";
            lowFormula = c.partialOnly(scoreCell);
            highFormula = c.partialOnly("MAX(1," + String.join(",", high) + ")");
            String lowName = "INDEX(" + names + "," + scoreCell + ")";
            String highName = "INDEX(" + names + ",MAX(1," + String.join(",", high) + "))";
            stageFormula = "IF(" + scoreCell + "=\"\",\"\"," + lowName + "&IF(" + lowName + "=" + highName
                    + ",\"\",\" to \"&" + highName + "))";
        }
        out.text(scoreRow, ACTIVITY, SCORE, s.label);
        out.formula(scoreRow, RATING, scoreFormula, method == ScoringMethod.MEAN_LEVEL ? s.decimal : s.integer);
        out.banner(scoreRow, GAP, scoreNote(framework), s.subtitle);
        out.text(stageRow, ACTIVITY, STAGE, s.label);
        out.formula(stageRow, RATING, stageFormula, s.label);
        out.text(rangeRow, ACTIVITY, FINAL_RANGE, s.label);
        out.formula(rangeRow, RATING, lowFormula, method == ScoringMethod.MEAN_LEVEL ? s.decimal : s.integer);
        out.formula(rangeRow, GAP, highFormula, method == ScoringMethod.MEAN_LEVEL ? s.decimal : s.integer);
        out.text(markRow, ACTIVITY, PARTIAL, s.label);
        out.formula(
                markRow,
                RATING,
                lines.isEmpty()
                        ? "\"\""
                        : "IF(AND(" + c.count + ">0," + c.unrated + ">0),\""
                                + PARTIAL_MARK + "\"&" + c.count + "&\" of \"&" + c.applicable
                                + "&\" rated: the score is so far (not a projection); the final score lies between the two values above.\",\"\")",
                s.label);

        addValidations(out.sheet, FIRST_ITEM_ROW, lastItemRow);
        addGapColours(out.sheet, framework, FIRST_ITEM_ROW, lastItemRow);
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
        out.text(
                row,
                PRIORITY,
                gapRow == null || gapRow.getPriority() == null
                        ? ""
                        : gapRow.getPriority().label(),
                s.text);
        out.text(
                row,
                EFFORT,
                gapRow == null || gapRow.getEffort() == null
                        ? ""
                        : gapRow.getEffort().label(),
                s.text);
        out.text(
                row,
                INITIATIVE,
                gapRow == null || gapRow.getInitiative() == null
                        ? ""
                        : gapRow.getInitiative().label(),
                s.text);
        out.text(row, ACTIONS, gapRow == null ? "" : gapRow.getActions(), s.wrapped);
        out.date(row, TARGET_DATE, gapRow == null ? null : gapRow.getTargetDate(), s.date);
        out.text(row, OWNER, gapRow == null ? "" : gapRow.getOwner(), s.wrapped);
        out.text(
                row,
                STATUS,
                gapRow == null || gapRow.getStatus() == null
                        ? ""
                        : gapRow.getStatus().label(),
                s.text);
    }

    /** Spreadsheet terms for the counts every method needs: rated, N/A, unrated and applicable items. */
    private static final class Counts {
        final String count;
        final String applicable;
        final String unrated;

        Counts(String ratings, int n) {
            count = "COUNT(" + ratings + ")";
            String na = "COUNTIF(" + ratings + ",\"N/A\")";
            applicable = "(" + n + "-" + na + ")";
            unrated = "(" + n + "-" + count + "-" + na + ")";
        }

        /** The value while some items are unrated (and some rated), blank otherwise. */
        String partialOnly(String formula) {
            return "IF(OR(" + count + "=0," + unrated + "=0),\"\"," + formula + ")";
        }
    }

    /** As the app: the final level when complete, else the levels of the two ends of the range ("A to B"). */
    private static String stageText(Counts c, String scoreCell, String lowCell, String highCell, String lookup) {
        String at = lookup;
        String lowName = at.replace("{}", lowCell);
        String highName = at.replace("{}", highCell);
        return "IF(" + scoreCell + "=\"\",\"\",IF(" + c.unrated + ">0," + lowName + "&IF(" + lowName + "=" + highName
                + ",\"\",\" to \"&" + highName + ")," + at.replace("{}", scoreCell) + "))";
    }

    /** As the app: the mean of the section means with every unrated item at {@code value}; all-N/A sections out. */
    private static String finalMean(List<GapLine> lines, int value) {
        List<String> terms = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        int start = FIRST_ITEM_ROW;
        for (int i = 0; i < lines.size(); i++) {
            Section section = lines.get(i).section();
            boolean last = i + 1 == lines.size() || lines.get(i + 1).section() != section;
            if (last) {
                String r = range(RATING, start, FIRST_ITEM_ROW + i);
                int rows = FIRST_ITEM_ROW + i - start + 1;
                String app = "(" + rows + "-COUNTIF(" + r + ",\"N/A\"))";
                terms.add("IF(" + app + ">0,(SUM(" + r + ")+(" + app + "-COUNT(" + r + "))*" + value + ")/" + app
                        + ",0)");
                counts.add("IF(" + app + ">0,1,0)");
                start = FIRST_ITEM_ROW + i + 1;
            }
        }
        return "(" + String.join("+", terms) + ")/(" + String.join("+", counts) + ")";
    }

    /** As the app: the mean of the section means, every section with a rating weighing the same. */
    private static String meanLevelScore(String ratings, List<GapLine> lines) {
        List<String> means = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        int start = FIRST_ITEM_ROW;
        for (int i = 0; i < lines.size(); i++) {
            Section section = lines.get(i).section();
            boolean last = i + 1 == lines.size() || lines.get(i + 1).section() != section;
            if (last) {
                String r = range(RATING, start, FIRST_ITEM_ROW + i);
                means.add("IF(COUNT(" + r + ")>0,AVERAGE(" + r + "),0)");
                counts.add("IF(COUNT(" + r + ")>0,1,0)");
                start = FIRST_ITEM_ROW + i + 1;
            }
        }
        return "IF(COUNT(" + ratings + ")=0,\"\",(" + String.join("+", means) + ")/(" + String.join("+", counts) + "))";
    }

    /**
     * The toolkit's "5 stages" table (points from, to, stage); returns the lookup of a score in it, with
     * {@code {}} standing for the score's cell.
     */
    private static String bandsTable(SheetWriter out, int row, Framework framework) {
        Styles s = out.styles;
        out.text(row, ACTIVITY, "Stage", s.header);
        out.text(row, RATING, "Points from", s.header);
        out.text(row, GAP, "Points to", s.header);
        List<Band> bands = new ArrayList<>(framework.scoring().bands());
        bands.sort((a, b) -> Integer.compare(a.min(), b.min()));
        int first = row + 1;
        for (Band band : bands) {
            row++;
            out.text(
                    row,
                    ACTIVITY,
                    framework.level(band.level()).map(Level::name).orElse(band.level()),
                    s.text);
            out.number(row, RATING, band.min(), s.integer);
            out.number(row, GAP, band.max(), s.integer);
        }
        return "INDEX(" + absRange(ACTIVITY, first, row) + ",MATCH({}," + absRange(RATING, first, row) + ",1))";
    }

    /** One level per scale value; the level of a score ({@code {}} in the lookup returned) is its value rounded half up. */
    private static String levelsTable(SheetWriter out, int row, Framework framework) {
        Styles s = out.styles;
        out.text(row, ACTIVITY, "Level", s.header);
        out.text(row, RATING, "Rating", s.header);
        int first = row + 1;
        List<Level> levels = framework.levels();
        for (int i = 0; i < levels.size(); i++) {
            row++;
            out.text(row, ACTIVITY, levels.get(i).name(), s.text);
            out.number(row, RATING, framework.scale().min() + i, s.integer);
        }
        return "INDEX(" + absRange(ACTIVITY, first, row) + ",MATCH(ROUND({},0)," + absRange(RATING, first, row)
                + ",0))";
    }

    /**
     * Per stage: how many of its characteristics apply (not N/A), describe the client (rated at or above the
     * threshold) and are not rated yet. A stage fits when more than half of its applicable characteristics
     * describe the client; the stage reached is the highest one that fits (stage 1 is the floor), with the
     * unrated ones as "does not" (lowest fit) and as "describes us" (highest fit). Returns the stage names' range.
     */
    private static String checklistTable(
            SheetWriter out,
            int row,
            Framework framework,
            List<GapLine> lines,
            List<String> lowFits,
            List<String> highFits) {
        Styles s = out.styles;
        int threshold = framework.scoring().threshold() == null
                ? framework.scale().max()
                : framework.scoring().threshold();
        out.text(row, ACTIVITY, "Stage", s.header);
        out.text(row, RATING, "Applicable", s.header);
        out.text(
                row,
                GAP,
                framework.scale().max() > 1 ? "Describe you (rated " + threshold + " or more)" : "Describe you",
                s.header);
        out.text(row, PRIORITY, "Not rated", s.header);
        out.text(row, EFFORT, "Fits (most describe you)", s.header);
        out.text(row, INITIATIVE, "Fits if the unrated describe you", s.header);
        int first = row + 1;
        List<Level> levels = framework.levels();
        for (int i = 0; i < levels.size(); i++) {
            row++;
            Level level = levels.get(i);
            List<String> applicable = new ArrayList<>();
            List<String> describe = new ArrayList<>();
            List<String> unrated = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                Item item = lines.get(l).item();
                if (level.id().equals(framework.stageOf(item))) {
                    String cell = ref(RATING, FIRST_ITEM_ROW + l);
                    applicable.add("IF(" + cell + "=\"N/A\",0,1)");
                    describe.add("IF(ISNUMBER(" + cell + "),IF(" + cell + ">=" + threshold + ",1,0),0)");
                    unrated.add("IF(ISNUMBER(" + cell + "),0,IF(" + cell + "=\"N/A\",0,1))");
                }
            }
            out.text(row, ACTIVITY, level.name(), s.text);
            out.formula(row, RATING, applicable.isEmpty() ? "0" : String.join("+", applicable), s.integer);
            out.formula(row, GAP, describe.isEmpty() ? "0" : String.join("+", describe), s.integer);
            out.formula(row, PRIORITY, unrated.isEmpty() ? "0" : String.join("+", unrated), s.integer);
            String app = ref(RATING, row);
            String yes = ref(GAP, row);
            String open = ref(PRIORITY, row);
            out.formula(row, EFFORT, "IF(2*" + yes + ">" + app + "," + (i + 1) + ",0)", s.integer);
            out.formula(row, INITIATIVE, "IF(2*(" + yes + "+" + open + ")>" + app + "," + (i + 1) + ",0)", s.integer);
            lowFits.add(ref(EFFORT, row));
            highFits.add(ref(INITIATIVE, row));
        }
        return absRange(ACTIVITY, first, row);
    }

    private static String scoreNote(Framework framework) {
        return switch (framework.scoring().method()) {
            case SUM_BANDS -> "Total of the ratings, scaled to all " + framework.itemCount()
                    + " activities when some are N/A (rounded). While some are not rated: the total so far.";
            case MEAN_LEVEL -> "Mean of the section means (each section weighs the same); while some are not rated: so far.";
            case STAGE_CHECKLIST -> "Best fit: the highest stage where most applicable characteristics describe you (stage 1 is the floor).";
        };
    }

    private static void addValidations(XSSFSheet sheet, int first, int last) {
        if (last < first) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        list(
                sheet,
                helper,
                PRIORITY,
                first,
                last,
                Arrays.stream(Priority.values()).map(Priority::label).toArray(String[]::new));
        list(
                sheet,
                helper,
                EFFORT,
                first,
                last,
                Arrays.stream(Effort.values()).map(Effort::label).toArray(String[]::new));
        list(
                sheet,
                helper,
                INITIATIVE,
                first,
                last,
                Arrays.stream(InitiativeType.values())
                        .map(InitiativeType::label)
                        .toArray(String[]::new));
        list(
                sheet,
                helper,
                STATUS,
                first,
                last,
                Arrays.stream(GapStatus.values()).map(GapStatus::label).toArray(String[]::new));
        DataValidationConstraint dates = helper.createDateConstraint(
                DataValidationConstraint.OperatorType.GREATER_THAN, "DATE(1900,1,1)", null, "yyyy-mm-dd");
        DataValidation date =
                helper.createValidation(dates, new CellRangeAddressList(first, last, TARGET_DATE, TARGET_DATE));
        date.setShowErrorBox(true);
        date.createErrorBox("Target Completion Date", "Enter a date, e.g. 2027-06-30.");
        sheet.addValidationData(date);
    }

    private static void list(
            XSSFSheet sheet, DataValidationHelper helper, int column, int first, int last, String[] values) {
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values), new CellRangeAddressList(first, last, column, column));
        // XSSF inverts this flag: true shows the drop-down arrow
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox("Choose from the list", "Pick one of: " + String.join(", ", values) + ".");
        sheet.addValidationData(validation);
    }

    /** Red for a large gap, amber for a middling one, green for none or small; blanks stay white. */
    private static void addGapColours(XSSFSheet sheet, Framework framework, int first, int last) {
        if (last < first) {
            return;
        }
        int span = framework.scale().max() - framework.scale().min();
        int large = Math.max(1, (int) Math.ceil(span * 0.6));
        int medium = Math.max(1, (int) Math.ceil(span * 0.3));
        String cell = "$" + CellReference.convertNumToColString(GAP) + (first + 1);
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule red =
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + large + ")", IndexedColors.ROSE);
        ConditionalFormattingRule amber =
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + ">=" + medium + ")", IndexedColors.LIGHT_YELLOW);
        ConditionalFormattingRule green =
                rule(cf, "AND(ISNUMBER(" + cell + ")," + cell + "<" + medium + ")", IndexedColors.LIGHT_GREEN);
        cf.addConditionalFormatting(
                new CellRangeAddress[] {new CellRangeAddress(first, last, GAP, GAP)},
                new ConditionalFormattingRule[] {red, amber, green});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String formula, IndexedColors colour) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    static String ref(int column, int row) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    private static String abs(int column, int row) {
        return "$" + CellReference.convertNumToColString(column) + "$" + (row + 1);
    }

    private static String range(int column, int first, int last) {
        return ref(column, first) + ":" + ref(column, last);
    }

    private static String absRange(int column, int first, int last) {
        return abs(column, first) + ":" + abs(column, last);
    }
}
