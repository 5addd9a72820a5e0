package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports fixture workbooks to real files and reads them back with POI, as a client's Excel would. */
class ExportRoundTripTest {

    @TempDir
    Path dir;

    private XSSFWorkbook exportAndOpen(Workbook workbook) throws Exception {
        Path file = dir.resolve("export.xlsx");
        ExportResult result = XlsxExporter.export(workbook, Fixtures.LOOKUP, file);
        assertTrue(result.check().ok(), result.check().problems().toString());
        assertTrue(result.check().checks() > 1, "the read-back check looked at values");
        return XlsxRead.open(file);
    }

    @Test
    void everyFrameworkGetsAGridAndAGapSheetWithValidUniqueNames() throws Exception {
        Workbook workbook = Fixtures.everyFramework();
        try (XSSFWorkbook xlsx = exportAndOpen(workbook)) {
            assertEquals(1 + 2 * 5, xlsx.getNumberOfSheets());
            assertEquals("Summary", xlsx.getSheetName(0));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < xlsx.getNumberOfSheets(); i++) {
                String name = xlsx.getSheetName(i);
                assertTrue(name.length() <= 31, name);
                assertFalse(name.matches(".*[\\[\\]:*?/\\\\].*"), name);
                assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "duplicate " + name);
            }
            // titles hold [ ] : and /, which Excel forbids in sheet names
            assertTrue(xlsx.getSheetName(1).startsWith("ICMI CX Maturity Toolkit -Q4-"), xlsx.getSheetName(1));
            assertTrue(xlsx.getSheetName(2).startsWith("Gap ICMI"), xlsx.getSheetName(2));
        }
    }

    @Test
    void gridSheetListsEveryItemWithRatingDescriptorNotesAndEvidence() throws Exception {
        Workbook workbook = Fixtures.everyFramework();
        Framework astute = Frameworks.get(Frameworks.ASTUTE);
        try (XSSFWorkbook xlsx = exportAndOpen(workbook)) {
            Sheet sheet = xlsx.getSheetAt(3);
            List<Item> items = astute.items();
            int header = XlsxRead.find(sheet, 2, "Statement");
            int first = header + 1;
            assertEquals("Section", XlsxRead.cell(sheet, header, 0).getStringCellValue());
            for (int i = 0; i < items.size(); i++) {
                assertEquals(
                        items.get(i).name(), XlsxRead.cell(sheet, first + i, 1).getStringCellValue());
                assertEquals(
                        items.get(i).statement(),
                        XlsxRead.cell(sheet, first + i, 2).getStringCellValue());
            }
            assertEquals("N/A", XlsxRead.cell(sheet, first + 1, 3).getStringCellValue());
            assertEquals(CellType.BLANK, XlsxRead.cell(sheet, first + 2, 3).getCellType(), "unrated stays blank");
            Item rated = items.get(0);
            int value = workbook.getAssessments()
                    .get(1)
                    .getRatings()
                    .get(rated.id())
                    .value();
            assertEquals(value, XlsxRead.cell(sheet, first, 3).getNumericCellValue());
            assertEquals(rated.descriptor(value), XlsxRead.cell(sheet, first, 4).getStringCellValue());
            assertTrue(XlsxRead.cell(sheet, first, 6).getStringCellValue().contains(Fixtures.UNICODE), "evidence text");
            // the short tables come first, so the item header that repeats on printed pages never sits above them
            assertTrue(XlsxRead.find(sheet, 0, AssessmentSheet.STAGES) < header);
            assertEquals(header - 1, sheet.getRowBreaks()[0], "the item table starts on a new page");
            for (var level : astute.levels()) {
                assertTrue(XlsxRead.find(sheet, 0, level.name()) > 0, "stage " + level.name());
            }
            int explanation = XlsxRead.find(sheet, 0, AssessmentSheet.EXPLANATION);
            assertTrue(explanation > 0 && explanation < header);
            assertTrue(
                    XlsxRead.cell(sheet, explanation + 1, 0)
                            .getStringCellValue()
                            .endsWith("."),
                    "explanation lines follow");
        }
    }

    @Test
    void formulaLookingTextStaysText() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(Fixtures.everyFramework())) {
            Sheet grid = xlsx.getSheetAt(1);
            Cell note = XlsxRead.cell(grid, XlsxRead.find(grid, 2, "Statement") + 1, 5);
            assertEquals(CellType.STRING, note.getCellType());
            assertEquals(Fixtures.FORMULA_TEXT, note.getStringCellValue());
            Sheet gap = xlsx.getSheetAt(2);
            Cell actions = XlsxRead.cell(gap, GapSheet.FIRST_ITEM_ROW, GapSheet.ACTIONS);
            assertEquals(CellType.STRING, actions.getCellType());
            assertEquals(Fixtures.FORMULA_TEXT, actions.getStringCellValue());
            Sheet summary = xlsx.getSheet("Summary");
            int participant = XlsxRead.find(summary, SummarySheet.VALUE, Fixtures.FORMULA_TEXT);
            assertTrue(participant > 0, "participant written as text");
            assertEquals(
                    "+SUM(1,2)",
                    XlsxRead.cell(summary, participant, SummarySheet.VALUE + 1).getStringCellValue());
        }
    }

    @Test
    void textLongerThanAnExcelCellIsCutWithANoteAndUnicodeSurvives() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(Fixtures.everyFramework())) {
            Sheet grid = xlsx.getSheetAt(1);
            String note = XlsxRead.cell(grid, XlsxRead.find(grid, 2, "Statement") + 4, 5)
                    .getStringCellValue();
            assertTrue(note.length() <= CellText.MAX_CELL_CHARS, "length " + note.length());
            assertTrue(note.startsWith("long long"));
            assertTrue(note.contains("more characters are in the workbook file"), note.substring(note.length() - 120));
            assertEquals(
                    Fixtures.UNICODE,
                    XlsxRead.cell(xlsx.getSheet("Summary"), 2, SummarySheet.VALUE)
                            .getStringCellValue());
        }
    }

    @Test
    void gapSheetHasTheToolkitColumnsFormulasTotalsAndCachedValues() throws Exception {
        Workbook workbook = StartupData.readSample();
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        try (XSSFWorkbook xlsx = exportAndOpen(workbook)) {
            Sheet gap = xlsx.getSheetAt(2);
            List<String> header = new ArrayList<>();
            for (int c = 0; c < 11; c++) {
                header.add(XlsxRead.cell(gap, GapSheet.HEADER_ROW, c).getStringCellValue());
            }
            assertEquals(
                    List.of(
                            "Section",
                            "Activity",
                            "Current Rating",
                            "Gap from Future State (5 – current rating)",
                            "Priority of Gap",
                            "Potential Effort (Low, Medium, High)",
                            "Type of Initiative (Strategic, Operational, Optimization)",
                            "Action(s) to Address Gap",
                            "Target Completion Date",
                            "Owner",
                            "Status"),
                    header);
            // row 5 in Excel terms: the first activity, gap = 5 - C5
            Cell firstGap = XlsxRead.cell(gap, 4, GapSheet.GAP);
            assertEquals(CellType.FORMULA, firstGap.getCellType());
            assertEquals("IF(ISNUMBER(C5),5-C5,\"\")", firstGap.getCellFormula());
            assertEquals(
                    "Organizational Alignment",
                    XlsxRead.cell(gap, 4, GapSheet.ACTIVITY).getStringCellValue());
            assertEquals(3.0, XlsxRead.cell(gap, 4, GapSheet.RATING).getNumericCellValue());
            assertEquals(2.0, firstGap.getNumericCellValue(), "cached result written");

            int total = GapSheet.FIRST_ITEM_ROW + icmi.itemCount();
            assertEquals("TOTAL", XlsxRead.cell(gap, total, 0).getStringCellValue());
            assertEquals(
                    "SUM(C5:C24)", XlsxRead.cell(gap, total, GapSheet.RATING).getCellFormula());
            assertEquals("SUM(D5:D24)", XlsxRead.cell(gap, total, GapSheet.GAP).getCellFormula());
            assertEquals(53.0, XlsxRead.cell(gap, total, GapSheet.RATING).getNumericCellValue());
            assertEquals(47.0, XlsxRead.cell(gap, total, GapSheet.GAP).getNumericCellValue());
            Cell stage = XlsxRead.cell(gap, total + 3, GapSheet.RATING);
            assertEquals(CellType.FORMULA, stage.getCellType());
            assertTrue(stage.getCellFormula().contains("MATCH("), stage.getCellFormula());
            assertEquals("Customer-Aware", stage.getStringCellValue());

            // the worksheet rows: enums as the list labels, dates as real dates
            int omni = XlsxRead.find(gap, GapSheet.ACTIVITY, "Omnichannel Mgmt Tool/System");
            assertEquals("High", XlsxRead.cell(gap, omni, GapSheet.PRIORITY).getStringCellValue());
            assertEquals(
                    "Strategic", XlsxRead.cell(gap, omni, GapSheet.INITIATIVE).getStringCellValue());
            assertEquals(
                    "Not started", XlsxRead.cell(gap, omni, GapSheet.STATUS).getStringCellValue());
            Cell date = XlsxRead.cell(gap, omni, GapSheet.TARGET_DATE);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(
                    LocalDate.of(2027, 6, 30), date.getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void naAndUnratedActivitiesHaveNoGap() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(Fixtures.everyFramework())) {
            Sheet gap = xlsx.getSheetAt(2);
            assertEquals(
                    "N/A",
                    XlsxRead.cell(gap, GapSheet.FIRST_ITEM_ROW + 1, GapSheet.RATING)
                            .getStringCellValue());
            assertEquals(
                    "",
                    XlsxRead.cell(gap, GapSheet.FIRST_ITEM_ROW + 1, GapSheet.GAP)
                            .getStringCellValue());
            assertEquals(
                    "",
                    XlsxRead.cell(gap, GapSheet.FIRST_ITEM_ROW + 2, GapSheet.GAP)
                            .getStringCellValue());
        }
    }

    @Test
    void worksheetChoicesAreDropDownListsAndGapsAreColoured() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(StartupData.readSample())) {
            XSSFSheet gap = xlsx.getSheetAt(2);
            List<List<String>> lists = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            for (DataValidation validation : gap.getDataValidations()) {
                DataValidationConstraint constraint = validation.getValidationConstraint();
                if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    lists.add(List.of(constraint.getExplicitListValues()));
                    CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
                    assertEquals(GapSheet.FIRST_ITEM_ROW, range.getFirstRow());
                    assertEquals(GapSheet.FIRST_ITEM_ROW + 19, range.getLastRow());
                    columns.add(range.getFirstColumn());
                }
            }
            assertEquals(List.of(GapSheet.PRIORITY, GapSheet.EFFORT, GapSheet.INITIATIVE, GapSheet.STATUS), columns);
            assertEquals(
                    List.of(
                            List.of("High", "Medium", "Low"),
                            List.of("Low", "Medium", "High"),
                            List.of("Strategic", "Operational", "Optimization"),
                            List.of("Not started", "In progress", "Done")),
                    lists);
            var formatting = gap.getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertEquals(3, formatting.getConditionalFormattingAt(0).getNumberOfRules());
            assertEquals(
                    "D5:D24",
                    formatting
                            .getConditionalFormattingAt(0)
                            .getFormattingRanges()[0]
                            .formatAsString());
        }
    }

    @Test
    void headersAreBoldFrozenAndPrintedOnEveryLandscapePage() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(StartupData.readSample())) {
            for (int i = 1; i < xlsx.getNumberOfSheets(); i++) {
                XSSFSheet sheet = xlsx.getSheetAt(i);
                assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), sheet.getSheetName());
                assertTrue(sheet.getFitToPage());
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, "frozen header on " + sheet.getSheetName());
                assertTrue(pane.isFreezePane());
                CellRangeAddress repeat = sheet.getRepeatingRows();
                assertNotNull(repeat, sheet.getSheetName());
                assertEquals(
                        pane.getHorizontalSplitPosition() - 1,
                        repeat.getFirstRow(),
                        "the frozen row is the repeated one");
                Cell header = XlsxRead.cell(sheet, repeat.getFirstRow(), 0);
                assertTrue(xlsx.getFontAt(header.getCellStyle().getFontIndex()).getBold(), sheet.getSheetName());
                assertTrue(sheet.getColumnWidth(0) >= 8 * 256);
            }
            XSSFSheet grid = xlsx.getSheetAt(1);
            assertTrue(
                    grid.getColumnWidth(2) > grid.getColumnWidth(3),
                    "statements get a wide column, ratings a narrow one");
            assertTrue(XlsxRead.cell(grid, XlsxRead.find(grid, 2, "Statement") + 1, 2)
                    .getCellStyle()
                    .getWrapText());
        }
    }

    @Test
    void summaryNamesTheClientAndHasARadarChartPerAssessmentWithExplicitColours() throws Exception {
        Workbook workbook = StartupData.readSample();
        try (XSSFWorkbook xlsx = exportAndOpen(workbook)) {
            XSSFSheet summary = xlsx.getSheet("Summary");
            assertEquals("Northwind Energy", XlsxRead.cell(summary, 2, 1).getStringCellValue());
            assertEquals("Sam Rivera", XlsxRead.cell(summary, 3, 1).getStringCellValue());
            Cell date = XlsxRead.cell(summary, 4, 1);
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(
                    LocalDate.of(2026, 11, 23), date.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(XlsxRead.find(summary, 1, "Priya Shah") > 0);
            int header = XlsxRead.find(summary, 0, "Assessment");
            assertEquals(
                    "ICMI self-assessment",
                    XlsxRead.cell(summary, header + 1, 0).getStringCellValue());
            assertEquals(53.0, XlsxRead.cell(summary, header + 1, 2).getNumericCellValue());
            assertEquals("Customer-Aware", XlsxRead.cell(summary, header + 1, 4).getStringCellValue());
            assertEquals(20.0, XlsxRead.cell(summary, header + 1, 5).getNumericCellValue());

            XSSFDrawing drawing = summary.getDrawingPatriarch();
            assertNotNull(drawing);
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(workbook.getAssessments().size(), charts.size());
            for (XSSFChart chart : charts) {
                var data = chart.getChartSeries().get(0);
                assertTrue(data instanceof org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData, "a radar chart");
                assertEquals(3, data.getSeriesCount(), "top of scale, target, result");
                for (int s = 0; s < data.getSeriesCount(); s++) {
                    assertNotNull(
                            data.getSeries(s).getShapeProperties().getLineProperties(), "series colour set explicitly");
                }
                assertTrue(chart.getCTChart().xmlText().contains("srgbClr"));
            }
        }
    }

    @Test
    void emptyWorkbookExportsASummaryOnly() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(new Workbook())) {
            assertEquals(1, xlsx.getNumberOfSheets());
            assertTrue(XlsxRead.find(xlsx.getSheetAt(0), 0, "This workbook has no assessments yet.") > 0);
        }
    }

    @Test
    void unratedAssessmentsShowBlankScoreAndStage() throws Exception {
        try (XSSFWorkbook xlsx = exportAndOpen(Fixtures.unrated())) {
            Sheet gap = xlsx.getSheetAt(2);
            int total = XlsxRead.find(gap, 0, "TOTAL");
            assertEquals("", XlsxRead.cell(gap, total + 2, GapSheet.RATING).getStringCellValue());
            assertEquals("", XlsxRead.cell(gap, total + 3, GapSheet.RATING).getStringCellValue());
        }
    }

    /** The case read back from the file: four ICMI activities rated 3 and one salesEQUITY stage answered. */
    @Test
    void partialResultsAreMarkedTheSameWayOnTheSummaryAndTheGapSheets() throws Exception {
        Workbook workbook = new Workbook();
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        Framework sales = Frameworks.get(Frameworks.SALESEQUITY);
        Assessment partial = new Assessment(icmi);
        icmi.items().subList(0, 4).forEach(item -> partial.rate(item.id(), Rating.of(3)));
        Assessment complete = new Assessment(icmi);
        icmi.items().forEach(item -> complete.rate(item.id(), Rating.of(3)));
        Assessment stages = new Assessment(sales);
        sales.sections().get(2).items().forEach(item -> stages.rate(item.id(), Rating.of(1)));
        workbook.getAssessments().addAll(List.of(partial, complete, stages));
        try (XSSFWorkbook xlsx = exportAndOpen(workbook)) {
            XSSFSheet summary = xlsx.getSheet("Summary");
            int header = XlsxRead.find(summary, 0, "Assessment");
            assertEquals(
                    "Partial result",
                    XlsxRead.cell(summary, header, SummarySheet.PARTIAL).getStringCellValue());
            assertEquals(
                    "Partial: 12 so far from 4 of 20 · final 28–92 · stage Customer-Chaotic to Customer-Champion",
                    XlsxRead.cell(summary, header + 1, SummarySheet.PARTIAL).getStringCellValue());
            assertEquals(12.0, XlsxRead.cell(summary, header + 1, 2).getNumericCellValue(), "the total so far, not 60");
            assertEquals(
                    "Customer-Chaotic to Customer-Champion",
                    XlsxRead.cell(summary, header + 1, 4).getStringCellValue());
            assertEquals(
                    "",
                    XlsxRead.cell(summary, header + 2, SummarySheet.PARTIAL).getStringCellValue(),
                    "complete: no mark");
            assertEquals("Customer-Aware", XlsxRead.cell(summary, header + 2, 4).getStringCellValue());
            assertEquals(
                    "Partial: Stage 3 so far from 3 of 15 · stage Defined to Optimized",
                    XlsxRead.cell(summary, header + 3, SummarySheet.PARTIAL).getStringCellValue());

            Sheet gap = xlsx.getSheetAt(2);
            int total = XlsxRead.find(gap, 0, GapSheet.TOTAL);
            assertEquals(
                    GapSheet.FINAL_RANGE,
                    XlsxRead.cell(gap, total + 4, GapSheet.ACTIVITY).getStringCellValue());
            assertEquals(28.0, XlsxRead.cell(gap, total + 4, GapSheet.RATING).getNumericCellValue());
            assertEquals(92.0, XlsxRead.cell(gap, total + 4, GapSheet.GAP).getNumericCellValue());
            String mark = XlsxRead.cell(gap, total + 5, GapSheet.RATING).getStringCellValue();
            assertTrue(mark.startsWith(GapSheet.PARTIAL_MARK + "4 of 20 rated"), mark);
            assertEquals(
                    "",
                    XlsxRead.cell(
                                    xlsx.getSheetAt(4),
                                    XlsxRead.find(xlsx.getSheetAt(4), 0, GapSheet.TOTAL) + 5,
                                    GapSheet.RATING)
                            .getStringCellValue(),
                    "the complete assessment's gap sheet has no mark");

            // the stage model's radar plots the share of each stage's characteristics that describe the client,
            // not a mean of the answered ones
            Sheet stageSheet = xlsx.getSheetAt(5);
            int first = AssessmentSheet.FIRST_SECTION_ROW;
            assertEquals(0.0, XlsxRead.cell(stageSheet, first, 1).getNumericCellValue(), "Stage 1: nothing describes");
            assertEquals(1.0, XlsxRead.cell(stageSheet, first + 2, 1).getNumericCellValue(), "Stage 3: all describe");
        }
    }
}
