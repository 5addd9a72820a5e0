package com.cxworkbook.export;

import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Workbook;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The first sheet a client sees, on one printed page: who, when, every assessment's score and stage, and per
 * assessment a radar chart of its section results against the target and the top of the scale. Series colours are set explicitly: LibreOffice draws series
 * without a colour as blank bars.
 */
final class SummarySheet {

    static final String CLIENT = "Client";
    static final int LABEL = 0;
    static final int VALUE = 1;
    static final String[] TABLE_HEADER = {
        "Assessment", "Framework", "Score", "Out of", "Stage", "Rated", "N/A", "Not rated", "Sheets", "Partial result"
    };
    /** Column of the partial mark: "Partial: 12 so far from 4 of 20 · final 28–92 · stage …", blank when complete. */
    static final int PARTIAL = 9;

    /** Result in a thick dark blue, target dashed orange, top of scale thin grey: readable in colour and in print. */
    private static final byte[] CURRENT_COLOUR = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

    private static final byte[] TOP_COLOUR = {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF};
    private static final byte[] TARGET_COLOUR = {(byte) 0xC5, (byte) 0x5A, (byte) 0x11};
    /**
     * Radar charts for at most this many assessments. A Summary of more charts is pages nobody reads, and
     * POI's chart parts are costly: each chart adds to every later one's work (1,000 charts took 28 s of a
     * 1,000-assessment export, 200 took 1 s; docs/PERFORMANCE.md). Every assessment's own sheet keeps its
     * section results, and the Summary says which charts it shows.
     */
    static final int MAX_CHARTS = 30;

    static final String CHARTS_CUT =
            "Radar charts for the first %d of %d assessments; each assessment's sheet has its section results.";

    private static final int CHART_ROWS = 18;
    private static final int CHARTS_PER_BAND = 3;
    /** Column bounds of the three chart slots in a band; the table's columns make them about equally wide. */
    private static final int[] BAND_COLUMNS = {0, 2, 6, 9};

    private SummarySheet() {}

    /** The same mark the gap sheet gives a partial result, with the score so far and the final range. */
    static String partialMark(ScoreResult score) {
        return GapSheet.PARTIAL_MARK + score.summaryText();
    }

    static String clientLine(Workbook workbook) {
        return clientLine(workbook, workbook.getDate());
    }

    /** "Client · date" for a sheet of one day (a round's own date); the client alone without a date. */
    static String clientLine(Workbook workbook, LocalDate date) {
        String client = workbook.getClient() == null || workbook.getClient().isBlank()
                ? "Unnamed client"
                : workbook.getClient();
        return date == null ? client : client + " · " + date;
    }

    /** Writes everything but the charts; returns the row where {@link #charts} puts them. */
    static int write(SheetWriter out, ExportPlan plan) {
        Workbook workbook = plan.workbook();
        Styles s = out.styles;
        out.banner(0, 0, "CX maturity assessment — " + clientLine(workbook), s.title);
        int row = 2;
        out.text(row, LABEL, CLIENT, s.label);
        out.text(row++, VALUE, nullToEmpty(workbook.getClient()), s.text);
        out.text(row, LABEL, "Facilitator", s.label);
        out.text(row++, VALUE, nullToEmpty(workbook.getFacilitator()), s.text);
        out.text(row, LABEL, "Date", s.label);
        LocalDate date = workbook.getDate();
        out.date(row++, VALUE, date, s.date);
        out.text(row, LABEL, "Participants", s.label);
        if (workbook.getParticipants().isEmpty()) {
            out.text(row++, VALUE, "", s.text);
        }
        for (Participant p : workbook.getParticipants()) {
            out.text(row, VALUE, nullToEmpty(p.getName()), s.text);
            out.text(row++, VALUE + 1, nullToEmpty(p.getRole()), s.text);
        }

        row++;
        int header = row;
        out.tableHeader(header, TABLE_HEADER);
        for (ExportPlan.Part part : plan.parts()) {
            row++;
            ScoreResult score = part.score();
            out.text(row, 0, part.title(), s.wrapped);
            out.text(row, 1, part.framework().name(), s.wrapped);
            if (score.rated() > 0) {
                out.number(row, 2, score.score(), score.method() == ScoringMethod.MEAN_LEVEL ? s.decimal : s.integer);
            } else {
                out.text(row, 2, "–", s.text);
            }
            out.number(row, 3, score.maxScore(), s.integer);
            out.text(row, 4, score.levelText(), s.wrapped);
            out.number(row, 5, score.rated(), s.integer);
            out.number(row, 6, score.notApplicable(), s.integer);
            out.number(row, 7, score.unrated(), s.integer);
            out.text(row, 8, part.gridSheet() + ", " + part.gapSheet(), s.wrapped);
            out.text(row, PARTIAL, score.isPartial() ? partialMark(score) : "", s.wrapped);
        }
        if (plan.parts().isEmpty()) {
            out.text(++row, 0, "This workbook has no assessments yet.", s.text);
        }
        row = ParticipantsSheet.writeGroups(out, row, plan);

        out.cap(0, 28);
        out.cap(1, 30);
        out.cap(4, 24);
        out.cap(8, 40);
        out.cap(PARTIAL, 48);
        out.finish(TABLE_HEADER.length);
        if (plan.parts().size() <= PrintLayout.ONE_PAGE_SUMMARY) {
            PrintLayout.onePage(out.sheet);
        }
        if (plan.parts().size() > MAX_CHARTS) {
            row += 2;
            out.banner(
                    row,
                    0,
                    String.format(
                            Locale.ROOT, CHARTS_CUT, MAX_CHARTS, plan.parts().size()),
                    s.subtitle);
        }
        return row + 2;
    }

    /**
     * A radar chart per assessment (the first {@link #MAX_CHARTS}), three to a band, under the table. Called
     * once the assessment sheets are written, because each chart plots its assessment sheet's section-results
     * table (and caches the values).
     * Every chart lies within one band of rows and, past five assessments, a page break goes between bands
     * (never through one), so no chart is split across pages or printed under a repeated header.
     */
    static void charts(SheetWriter out, ExportPlan plan, int firstRow, Function<ExportPlan.Part, XSSFSheet> sheets) {
        if (plan.parts().isEmpty()) {
            return;
        }
        XSSFDrawing drawing = out.sheet.createDrawingPatriarch();
        for (int i = 0; i < Math.min(MAX_CHARTS, plan.parts().size()); i++) {
            int band = i / CHARTS_PER_BAND;
            int top = firstRow + band * (CHART_ROWS + 1);
            if (i % CHARTS_PER_BAND == 0
                    && band > 0
                    && band % 2 == 0
                    && plan.parts().size() > PrintLayout.ONE_PAGE_SUMMARY) {
                out.sheet.setRowBreak(top - 1);
            }
            int slot = i % CHARTS_PER_BAND;
            XSSFClientAnchor anchor =
                    drawing.createAnchor(0, 0, 0, 0, BAND_COLUMNS[slot], top, BAND_COLUMNS[slot + 1], top + CHART_ROWS);
            ExportPlan.Part part = plan.parts().get(i);
            radar(drawing.createChart(anchor), part, sheets.apply(part));
        }
    }

    /** Result, target and top of scale per section, as lines a black-and-white print still tells apart. */
    private static void radar(XSSFChart chart, ExportPlan.Part part, XSSFSheet source) {
        int[] rows = AssessmentSheet.sectionRows(part);
        chart.setTitleText(part.title() + " — " + part.score().levelText());
        chart.setTitleOverlay(false);
        // the default 18 pt title takes half of a small chart
        chart.getTitle().getBody().getParagraph(0).addDefaultRunProperties().setFontSize(10.0);
        if (rows[1] < rows[0]) {
            return;
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        double max = part.framework().scale().max();
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        values.setMaximum(max);
        values.setMajorUnit(max <= 1 ? 0.25 : 1);
        XDDFDataSource<String> names =
                XDDFDataSourcesFactory.fromStringCellRange(source, new CellRangeAddress(rows[0], rows[1], 0, 0));
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, categories, values);
        data.setStyle(RadarStyle.MARKER);
        data.setVaryColors(false);
        XDDFChartData.Series top = series(data, source, names, rows, 2);
        XDDFChartData.Series target = series(data, source, names, rows, 3);
        XDDFChartData.Series result = series(data, source, names, rows, 1);
        chart.plot(data);
        line(top, TOP_COLOUR, 1.0, null);
        line(target, TARGET_COLOUR, 1.5, PresetLineDash.DASH);
        line(result, CURRENT_COLOUR, 2.5, null);
    }

    private static XDDFChartData.Series series(
            XDDFRadarChartData data, XSSFSheet source, XDDFDataSource<String> names, int[] rows, int column) {
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(
                source, new CellRangeAddress(rows[0], rows[1], column, column));
        XDDFChartData.Series series = data.addSeries(names, numbers);
        series.setTitle(
                AssessmentSheet.SECTION_HEADER[column],
                new CellReference(source.getSheetName(), rows[0] - 1, column, true, true));
        return series;
    }

    private static void line(XDDFChartData.Series series, byte[] rgb, double width, PresetLineDash dash) {
        XDDFShapeProperties shape = series.getShapeProperties();
        if (shape == null) {
            shape = new XDDFShapeProperties();
        }
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(width);
        if (dash != null) {
            line.setPresetDash(new XDDFPresetLineDash(dash));
        }
        shape.setLineProperties(line);
        series.setShapeProperties(shape);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
