package com.cxworkbook.export;

import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.SectionResult;
import com.cxworkbook.domain.Workbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The first sheet a client sees: who, when, every assessment's score and stage, and per assessment a bar
 * chart of the mean rating per section. Series colours are set explicitly: LibreOffice draws series
 * without a colour as blank bars.
 */
final class SummarySheet {

    static final String CLIENT = "Client";
    static final int LABEL = 0;
    static final int VALUE = 1;
    static final String[] TABLE_HEADER = {"Assessment", "Framework", "Score", "Out of", "Stage", "Rated", "N/A",
            "Not rated", "Sheets", "Partial result"};
    /** Column of the partial mark: "Partial: 12 so far from 4 of 20 · final 28–92 · stage …", blank when complete. */
    static final int PARTIAL = 9;

    /** Mean-rating bars in a dark blue, top of scale in light grey: readable in colour and in print. */
    private static final byte[] CURRENT_COLOUR = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};
    private static final byte[] TOP_COLOUR = {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF};
    private static final int CHART_ROWS = 16;

    private SummarySheet() {
    }

    /** The same mark the gap sheet gives a partial result, with the score so far and the final range. */
    static String partialMark(ScoreResult score) {
        return GapSheet.PARTIAL_MARK + score.summaryText();
    }

    static String clientLine(Workbook workbook) {
        String client = workbook.getClient() == null || workbook.getClient().isBlank() ? "Unnamed client" : workbook.getClient();
        return workbook.getDate() == null ? client : client + " · " + workbook.getDate();
    }

    static void write(SheetWriter out, ExportPlan plan) {
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
        out.header(header, TABLE_HEADER);
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

        row += 2;
        XSSFDrawing drawing = plan.parts().isEmpty() ? null : out.sheet.createDrawingPatriarch();
        for (ExportPlan.Part part : plan.parts()) {
            row = chart(out, drawing, row, part);
        }
        out.cap(0, 28);
        out.cap(1, 30);
        out.cap(4, 24);
        out.cap(8, 40);
        out.cap(PARTIAL, 48);
        out.finish(TABLE_HEADER.length);
    }

    /** A small table of section means and a bar chart drawn from it, beside each other. */
    private static int chart(SheetWriter out, XSSFDrawing drawing, int row, ExportPlan.Part part) {
        Styles s = out.styles;
        // A stage model is read by the best-fit rule: how many of each stage's characteristics describe the
        // client, out of how many apply; a mean of the rated ones would show a stage with one "yes" as full
        boolean stageModel = part.framework().scoring().method() == ScoringMethod.STAGE_CHECKLIST;
        out.banner(row, 0, part.title() + (stageModel ? " — characteristics that describe you, per stage"
                : " — mean rating per section"), s.label);
        int head = row + 1;
        String currentTitle = stageModel ? "Describe you" : "Mean rating";
        String topTitle = stageModel ? "Characteristics" : "Top of scale";
        out.text(head, 0, stageModel ? "Stage" : "Section", s.header);
        out.text(head, 1, currentTitle, s.header);
        out.text(head, 2, topTitle, s.header);
        List<SectionResult> sections = new ArrayList<>(part.score().sections());
        int r = head;
        int axisMax = stageModel ? 1 : part.framework().scale().max();
        for (SectionResult section : sections) {
            r++;
            out.text(r, 0, section.section().name(), s.wrapped);
            if (stageModel) {
                int applicable = section.itemCount() - section.notApplicable();
                out.number(r, 1, section.met(), s.integer);
                out.number(r, 2, applicable, s.integer);
                axisMax = Math.max(axisMax, applicable);
            } else {
                if (section.mean() != null) {
                    out.number(r, 1, section.mean(), s.decimal);
                } else {
                    out.empty(r, 1, s.decimal);
                }
                out.number(r, 2, part.framework().scale().max(), s.integer);
            }
        }
        if (!sections.isEmpty()) {
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, row, 9, row + CHART_ROWS);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(part.title());
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setMinimum(0);
            values.setMaximum(axisMax);
            values.setMajorUnit(1);
            XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(out.sheet,
                    new CellRangeAddress(head + 1, r, 0, 0));
            XDDFNumericalDataSource<Double> means = XDDFDataSourcesFactory.fromNumericCellRange(out.sheet,
                    new CellRangeAddress(head + 1, r, 1, 1));
            XDDFNumericalDataSource<Double> top = XDDFDataSourcesFactory.fromNumericCellRange(out.sheet,
                    new CellRangeAddress(head + 1, r, 2, 2));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            XDDFChartData.Series current = data.addSeries(names, means);
            current.setTitle(currentTitle, new CellReference(out.sheet.getSheetName(), head, 1, true, true));
            XDDFChartData.Series max = data.addSeries(names, top);
            max.setTitle(topTitle, new CellReference(out.sheet.getSheetName(), head, 2, true, true));
            chart.plot(data);
            colour(current, CURRENT_COLOUR);
            colour(max, TOP_COLOUR);
        }
        return Math.max(r, row + CHART_ROWS) + 2;
    }

    private static void colour(XDDFChartData.Series series, byte[] rgb) {
        XDDFShapeProperties shape = series.getShapeProperties();
        if (shape == null) {
            shape = new XDDFShapeProperties();
        }
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(shape);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
