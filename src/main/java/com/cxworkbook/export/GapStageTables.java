package com.cxworkbook.export;

import static com.cxworkbook.export.CellRefs.absRange;
import static com.cxworkbook.export.CellRefs.ref;
import static com.cxworkbook.export.GapSheet.ACTIVITY;
import static com.cxworkbook.export.GapSheet.EFFORT;
import static com.cxworkbook.export.GapSheet.FIRST_ITEM_ROW;
import static com.cxworkbook.export.GapSheet.GAP;
import static com.cxworkbook.export.GapSheet.INITIATIVE;
import static com.cxworkbook.export.GapSheet.PRIORITY;
import static com.cxworkbook.export.GapSheet.RATING;

import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * The lookup tables under a Gap sheet's score rows, one per scoring method, which {@link GapScoreFormulas}
 * reads to name the stage. They are the formulas' working, outside the sheet's print area.
 */
final class GapStageTables {

    private GapStageTables() {}

    /**
     * The toolkit's "5 stages" table (points from, to, stage); returns the lookup of a score in it, with
     * {@code {}} standing for the score's cell.
     */
    static String bands(SheetWriter out, int row, Framework framework) {
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
    static String levels(SheetWriter out, int row, Framework framework) {
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
     * unrated ones as "does not" (cells added to {@code lowFits}) and as "describes us" ({@code highFits}).
     * Returns the stage names' range.
     */
    static String checklist(
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
            out.formula(row, RATING, sum(applicable), s.integer);
            out.formula(row, GAP, sum(describe), s.integer);
            out.formula(row, PRIORITY, sum(unrated), s.integer);
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

    private static String sum(List<String> terms) {
        return terms.isEmpty() ? "0" : String.join("+", terms);
    }
}
