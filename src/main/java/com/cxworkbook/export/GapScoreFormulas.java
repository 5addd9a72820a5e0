package com.cxworkbook.export;

import static com.cxworkbook.export.CellRefs.abs;
import static com.cxworkbook.export.CellRefs.range;
import static com.cxworkbook.export.GapSheet.FIRST_ITEM_ROW;
import static com.cxworkbook.export.GapSheet.GAP;
import static com.cxworkbook.export.GapSheet.PARTIAL_MARK;
import static com.cxworkbook.export.GapSheet.RATING;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Gap sheet's score, stage, final range (low and high end) and "Partial" mark as formulas over its rating
 * column, by the framework's scoring method with the rules of {@code domain.Scorer}, so a client who edits a
 * rating in Excel sees the stage follow. {@code FormulaScoresTest} recomputes them with POI's evaluator and
 * compares with the app. The stage lookup they read is written by {@link GapStageTables} under the score rows.
 */
record GapScoreFormulas(String score, String stage, String low, String high, String partialMark) {

    private static final String BLANK = "\"\"";

    /**
     * The formulas for the score in {@code scoreRow} and the range in {@code rangeRow} (low under the rating
     * column, high under the gap column); the stage table goes at {@code tableRow}. A sheet without items
     * gets blanks and no table.
     */
    static GapScoreFormulas write(
            SheetWriter out, Framework framework, List<GapLine> lines, int scoreRow, int rangeRow, int tableRow) {
        if (lines.isEmpty()) {
            return new GapScoreFormulas(BLANK, BLANK, BLANK, BLANK, BLANK);
        }
        int n = lines.size();
        String ratings = range(RATING, FIRST_ITEM_ROW, FIRST_ITEM_ROW + n - 1);
        Counts c = new Counts(ratings, n);
        String scoreCell = abs(RATING, scoreRow);
        String lowCell = abs(RATING, rangeRow);
        String highCell = abs(GAP, rangeRow);
        int min = framework.scale().min();
        int max = framework.scale().max();
        String mark = "IF(AND(" + c.count + ">0," + c.unrated + ">0),\"" + PARTIAL_MARK + "\"&" + c.count
                + "&\" of \"&" + c.applicable
                + "&\" rated: the score is so far (not a projection); the final score lies between the two values above.\",\"\")";
        return switch (framework.scoring().method()) {
            case SUM_BANDS -> {
                Function<Integer, String> scaledWithUnratedAt = value -> "ROUND((SUM(" + ratings + ")+" + c.unrated
                        + "*" + value + ")*" + n + "/" + c.applicable + ",0)";
                String lookup = GapStageTables.bands(out, tableRow, framework);
                yield new GapScoreFormulas(
                        "IF(" + c.count + "=0,\"\",IF(" + c.unrated + ">0,SUM(" + ratings + "),ROUND(SUM(" + ratings
                                + ")*" + n + "/" + c.applicable + ",0)))",
                        stageText(c, scoreCell, lowCell, highCell, lookup),
                        c.partialOnly(scaledWithUnratedAt.apply(min)),
                        c.partialOnly(scaledWithUnratedAt.apply(max)),
                        mark);
            }
            case MEAN_LEVEL -> {
                String lookup = GapStageTables.levels(out, tableRow, framework);
                yield new GapScoreFormulas(
                        meanLevelScore(ratings, lines),
                        stageText(c, scoreCell, lowCell, highCell, lookup),
                        c.partialOnly(finalMean(lines, min)),
                        c.partialOnly(finalMean(lines, max)),
                        mark);
            }
            case STAGE_CHECKLIST -> {
                List<String> lowFits = new ArrayList<>();
                List<String> highFits = new ArrayList<>();
                String names = GapStageTables.checklist(out, tableRow, framework, lines, lowFits, highFits);
                String highest = "MAX(1," + String.join(",", highFits) + ")";
                yield new GapScoreFormulas(
                        "IF(" + c.count + "=0,\"\",MAX(1," + String.join(",", lowFits) + "))",
                        "IF(" + scoreCell + "=\"\",\"\","
                                + fromTo(
                                        "INDEX(" + names + "," + scoreCell + ")",
                                        "INDEX(" + names + "," + highest + ")")
                                + ")",
                        c.partialOnly(scoreCell),
                        c.partialOnly(highest),
                        mark);
            }
        };
    }

    /** The line beside the score saying how it is computed. */
    static String note(Framework framework) {
        return switch (framework.scoring().method()) {
            case SUM_BANDS -> "Total of the ratings, scaled to all " + framework.itemCount()
                    + " activities when some are N/A (rounded). While some are not rated: the total so far.";
            case MEAN_LEVEL -> "Mean of the section means (each section weighs the same); while some are not rated: so far.";
            case STAGE_CHECKLIST -> "Best fit: the highest stage where most applicable characteristics describe you (stage 1 is the floor).";
        };
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

    /** "A", or "A to B" when the two names differ. */
    private static String fromTo(String lowName, String highName) {
        return lowName + "&IF(" + lowName + "=" + highName + ",\"\",\" to \"&" + highName + ")";
    }

    /** As the app: the final level when complete, else the levels of the two ends of the range ("A to B"). */
    private static String stageText(Counts c, String scoreCell, String lowCell, String highCell, String lookup) {
        String lowName = lookup.replace("{}", lowCell);
        String highName = lookup.replace("{}", highCell);
        return "IF(" + scoreCell + "=\"\",\"\",IF(" + c.unrated + ">0," + fromTo(lowName, highName) + ","
                + lookup.replace("{}", scoreCell) + "))";
    }

    /** The rating cells of one section and how many rows they span. */
    private record SectionCells(String cells, int rows) {}

    /** The lines' sections as ranges of the rating column, in sheet order. */
    private static List<SectionCells> sections(List<GapLine> lines) {
        List<SectionCells> sections = new ArrayList<>();
        int start = FIRST_ITEM_ROW;
        for (int i = 0; i < lines.size(); i++) {
            Section section = lines.get(i).section();
            boolean last = i + 1 == lines.size() || lines.get(i + 1).section() != section;
            if (last) {
                int end = FIRST_ITEM_ROW + i;
                sections.add(new SectionCells(range(RATING, start, end), end - start + 1));
                start = end + 1;
            }
        }
        return sections;
    }

    /** As the app: the mean of the section means, every section with a rating weighing the same. */
    private static String meanLevelScore(String ratings, List<GapLine> lines) {
        List<String> means = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (SectionCells section : sections(lines)) {
            String r = section.cells();
            means.add("IF(COUNT(" + r + ")>0,AVERAGE(" + r + "),0)");
            counts.add("IF(COUNT(" + r + ")>0,1,0)");
        }
        return "IF(COUNT(" + ratings + ")=0,\"\",(" + String.join("+", means) + ")/(" + String.join("+", counts) + "))";
    }

    /** As the app: the mean of the section means with every unrated item at {@code value}; all-N/A sections out. */
    private static String finalMean(List<GapLine> lines, int value) {
        List<String> terms = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (SectionCells section : sections(lines)) {
            String r = section.cells();
            String app = "(" + section.rows() + "-COUNTIF(" + r + ",\"N/A\"))";
            terms.add("IF(" + app + ">0,(SUM(" + r + ")+(" + app + "-COUNT(" + r + "))*" + value + ")/" + app + ",0)");
            counts.add("IF(" + app + ">0,1,0)");
        }
        return "(" + String.join("+", terms) + ")/(" + String.join("+", counts) + ")";
    }
}
