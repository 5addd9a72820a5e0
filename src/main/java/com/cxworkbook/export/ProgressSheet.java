package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.domain.SectionResult;
import com.cxworkbook.domain.Workbook;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Progress over rounds, for every assessment with a follow-up: rounds side by side (score, stage, how much
 * was rated, the mean per section and every item's rating) with the change since the previous round as a
 * formula, and a column chart of the section means per round. Partial rounds are marked and show only what
 * was rated: nothing is projected. Chart series have explicit colours (LibreOffice draws them blank otherwise).
 */
final class ProgressSheet {

    static final String NAME = "Progress";
    static final String CHANGE = "Change since previous round";
    private static final int CHART_ROWS = 16;
    /** One colour per round, oldest lightest, so the newest round stands out in colour and in print. */
    private static final byte[][] ROUND_COLOURS = {
        {(byte) 0xBD, (byte) 0xD7, (byte) 0xEE}, {(byte) 0x5B, (byte) 0x9B, (byte) 0xD5},
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0x0B, (byte) 0x25, (byte) 0x40}
    };

    private ProgressSheet() {}

    static boolean applies(Workbook workbook) {
        return workbook.getAssessments().stream().anyMatch(a -> a.getPreviousRound() != null);
    }

    static void write(SheetWriter out, ExportPlan plan) {
        Styles s = out.styles;
        Workbook workbook = plan.workbook();
        out.banner(0, 0, "Progress over rounds — " + SummarySheet.clientLine(workbook), s.title);
        out.banner(
                1,
                0,
                "Partial rounds show only what was rated, with where it can still end up; the change is worked out by"
                        + " formula from the columns beside it, and not at all against a score so far.",
                s.subtitle);
        int row = 3;
        Set<String> done = new LinkedHashSet<>();
        XSSFDrawing drawing = out.sheet.createDrawingPatriarch();
        for (ExportPlan.Part part : plan.parts()) {
            List<Assessment> chain = Rounds.chain(workbook, part.assessment());
            if (chain.size() < 2 || !done.add(chain.get(0).getId())) {
                continue;
            }
            List<ExportPlan.Part> rounds = new ArrayList<>();
            for (Assessment round : chain) {
                plan.parts().stream()
                        .filter(p -> p.assessment() == round)
                        .findFirst()
                        .ifPresent(rounds::add);
            }
            row = chain(out, drawing, row, workbook, rounds);
        }
        out.cap(0, 24);
        out.cap(1, 30);
        out.finish(3 + 8);
    }

    private static int chain(
            SheetWriter out, XSSFDrawing drawing, int row, Workbook workbook, List<ExportPlan.Part> rounds) {
        Styles s = out.styles;
        int n = rounds.size();
        int change = 2 + n;
        out.banner(
                row++,
                0,
                rounds.get(0).title() + " — " + rounds.get(0).framework().name(),
                s.label);
        int head = row;
        out.text(head, 0, "Section", s.header);
        out.text(head, 1, "Activity", s.header);
        for (int r = 0; r < n; r++) {
            ExportPlan.Part part = rounds.get(r);
            out.text(
                    head,
                    2 + r,
                    Rounds.label(workbook, part.assessment()) + (part.score().isPartial() ? " (partial)" : ""),
                    s.header);
        }
        out.text(head, change, CHANGE, s.header);
        row++;
        row = scoreRow(out, row, rounds);
        out.text(row, 0, "Stage", s.label);
        for (int r = 0; r < n; r++) {
            out.text(row, 2 + r, rounds.get(r).score().levelText(), s.text);
        }
        row++;
        out.text(row, 0, "Rated", s.label);
        for (int r = 0; r < n; r++) {
            out.text(row, 2 + r, rounds.get(r).score().progressText(), s.text);
        }
        row++;
        int firstSection = row;
        List<SectionResult> sections = rounds.get(0).score().sections();
        for (int i = 0; i < sections.size(); i++) {
            int index = i;
            out.text(row, 0, sections.get(i).section().name(), s.wrapped);
            out.text(row, 1, "Mean rating", s.text);
            for (int r = 0; r < n; r++) {
                Double mean = rounds.get(r).score().sections().get(index).mean();
                if (mean == null) {
                    out.empty(row, 2 + r, s.decimal);
                } else {
                    out.number(row, 2 + r, mean, s.decimal);
                }
            }
            String partly = partlyRated(rounds, index);
            if (partly == null) {
                delta(out, row, n, s.decimal);
            } else {
                // a mean of what was rated so far is not compared with a final one: say where it can still go
                out.text(row, change, partly, s.wrapped);
            }
            row++;
        }
        int lastSection = row - 1;
        for (Item item : rounds.get(0).framework().items()) {
            out.text(
                    row,
                    0,
                    rounds.get(0)
                            .framework()
                            .sectionOf(item.id())
                            .map(x -> x.name())
                            .orElse(""),
                    s.wrapped);
            out.text(row, 1, item.displayName(), s.wrapped);
            for (int r = 0; r < n; r++) {
                Rating rating = rounds.get(r).assessment().getRatings().get(item.id());
                if (rating == null) {
                    out.empty(row, 2 + r, s.integer);
                } else if (rating.isNotApplicable()) {
                    out.text(row, 2 + r, "N/A", s.text);
                } else {
                    out.number(row, 2 + r, rating.value(), s.integer);
                }
            }
            delta(out, row, n, s.integer);
            row++;
        }
        if (!sections.isEmpty()) {
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, change + 1, head, change + 9, head + CHART_ROWS);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText("Mean rating per section, by round");
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setMinimum(0);
            values.setMaximum(rounds.get(0).framework().scale().max());
            values.setMajorUnit(1);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(
                    out.sheet, new CellRangeAddress(firstSection, lastSection, 0, 0));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            List<XDDFChartData.Series> series = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                XDDFChartData.Series one = data.addSeries(
                        names,
                        XDDFDataSourcesFactory.fromNumericCellRange(
                                out.sheet, new CellRangeAddress(firstSection, lastSection, 2 + r, 2 + r)));
                one.setTitle(
                        Rounds.label(workbook, rounds.get(r).assessment()),
                        new CellReference(out.sheet.getSheetName(), head, 2 + r, true, true));
                series.add(one);
            }
            chart.plot(data);
            for (int r = 0; r < n; r++) {
                colour(series.get(r), ROUND_COLOURS[Math.max(0, ROUND_COLOURS.length - n + r) % ROUND_COLOURS.length]);
            }
        }
        return Math.max(row, head + CHART_ROWS) + 2;
    }

    /**
     * The score per round. A partly rated round's score is written as text, "55 so far (final 56–60)", so no
     * formula takes a difference between a score so far and a final one; between two complete rounds the
     * change is a formula.
     */
    private static int scoreRow(SheetWriter out, int row, List<ExportPlan.Part> rounds) {
        Styles s = out.styles;
        out.text(row, 0, "Score", s.label);
        for (int r = 0; r < rounds.size(); r++) {
            ScoreResult score = rounds.get(r).score();
            var style = score.method() == ScoringMethod.MEAN_LEVEL ? s.decimal : s.integer;
            if (score.rated() == 0) {
                out.empty(row, 2 + r, style);
            } else if (score.isPartial()) {
                String range =
                        score.method() == ScoringMethod.STAGE_CHECKLIST ? "" : " (final " + score.rangeText() + ")";
                out.text(row, 2 + r, score.scoreText() + range, s.wrapped);
            } else {
                out.number(row, 2 + r, score.score(), style);
            }
        }
        ScoreResult latest = rounds.get(rounds.size() - 1).score();
        ScoreResult before = rounds.get(rounds.size() - 2).score();
        if (latest.isPartial() || before.isPartial()) {
            out.text(row, 2 + rounds.size(), "partly rated: not compared", s.wrapped);
        } else {
            delta(out, row, rounds.size(), s.decimal);
        }
        return row + 1;
    }

    /** "partly rated: 2.4–3.0" when the section is partly rated in either of the last two rounds, else null. */
    private static String partlyRated(List<ExportPlan.Part> rounds, int section) {
        for (int r = rounds.size() - 1; r >= Math.max(0, rounds.size() - 2); r--) {
            ExportPlan.Part part = rounds.get(r);
            SectionProfile profile = SectionProfile.of(part.framework(), part.assessment(), part.score())
                    .get(section);
            if (profile.isPartial()) {
                return String.format(
                        Locale.ROOT,
                        "partly rated in %s: %.1f–%.1f",
                        r == rounds.size() - 1 ? "this round" : "the previous round",
                        profile.low(),
                        profile.high());
            }
        }
        return null;
    }

    /** Latest round minus the one before it, blank when either is not a number (unrated, N/A). */
    private static void delta(SheetWriter out, int row, int rounds, org.apache.poi.ss.usermodel.CellStyle style) {
        String before = CellRefs.ref(2 + rounds - 2, row);
        String after = CellRefs.ref(2 + rounds - 1, row);
        out.formula(
                row,
                2 + rounds,
                "IF(AND(ISNUMBER(" + before + "),ISNUMBER(" + after + "))," + after + "-" + before + ",\"\")",
                style);
    }

    private static void colour(XDDFChartData.Series series, byte[] rgb) {
        XDDFShapeProperties shape = series.getShapeProperties();
        if (shape == null) {
            shape = new XDDFShapeProperties();
        }
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(shape);
    }
}
