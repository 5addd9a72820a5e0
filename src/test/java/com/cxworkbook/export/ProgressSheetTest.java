package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled follow-up sample exported: a Progress sheet and every round's sheets named apart. */
class ProgressSheetTest {

    static final Path FOLLOW_UP_SAMPLE = Path.of("samples/northwind-follow-up.cxwb");

    @TempDir
    Path dir;

    @Test
    void roundsSideBySideWithChangeFormulasAndAColouredChart() throws Exception {
        Workbook workbook = new WorkbookStore().read(FOLLOW_UP_SAMPLE);
        Path file = dir.resolve("progress.xlsx");
        ExportResult result = XlsxExporter.export(workbook, Fixtures.LOOKUP, file);
        assertTrue(result.check().ok(), result.check().problems().toString());
        assertEquals(
                List.of(
                        "Summary",
                        "Progress",
                        "R1 ICMI self-assessment",
                        "Gap R1 ICMI self-assessment",
                        "R2 ICMI self-assessment",
                        "Gap R2 ICMI self-assessment",
                        "Participants"),
                result.sheets());
        try (XSSFWorkbook xlsx = XlsxRead.open(file)) {
            Sheet progress = xlsx.getSheet("Progress");
            int head = XlsxRead.find(progress, 0, "Section");
            Row header = progress.getRow(head);
            assertEquals("Round 1 · 2026-11-23", header.getCell(2).getStringCellValue());
            assertEquals(
                    "Round 2 · 2027-05-24 (partial)",
                    header.getCell(3).getStringCellValue(),
                    "the follow-up left one activity unrated");
            assertEquals(ProgressSheet.CHANGE, header.getCell(4).getStringCellValue());
            Row routing = rowOf(progress, "Routing Tool/System");
            assertEquals(2, routing.getCell(2).getNumericCellValue());
            assertEquals(4, routing.getCell(3).getNumericCellValue());
            assertEquals(CellType.FORMULA, routing.getCell(4).getCellType());
            assertEquals(2, routing.getCell(4).getNumericCellValue(), "cached result of the change formula");
            Row unrated = rowOf(progress, "Quality Assurance");
            assertEquals("", unrated.getCell(4).getStringCellValue(), "no change made up for an unrated activity");

            Row score = progress.getRow(XlsxRead.find(progress, 0, "Score"));
            assertEquals(53, score.getCell(2).getNumericCellValue(), 0.001);
            assertEquals(
                    "55 so far (final 56–60)",
                    score.getCell(3).getStringCellValue(),
                    "a partial round's score is what was rated so far, with its final range");
            assertEquals(
                    "partly rated: not compared",
                    score.getCell(4).getStringCellValue(),
                    "no difference between a score so far and a final one");
            Row process = progress.getRow(XlsxRead.find(progress, 0, "Process"));
            assertEquals("Mean rating", process.getCell(1).getStringCellValue());
            assertEquals(
                    "partly rated in this round: 2.4–3.0", process.getCell(4).getStringCellValue());
            Row technology = progress.getRow(XlsxRead.find(progress, 0, "Technology"));
            assertEquals(CellType.FORMULA, technology.getCell(4).getCellType());
            assertEquals(1.0, technology.getCell(4).getNumericCellValue(), 0.05, "1.8 → 2.8");

            XSSFDrawing drawing = ((XSSFSheet) progress).getDrawingPatriarch();
            assertNotNull(drawing);
            XSSFChart chart = drawing.getCharts().get(0);
            var series = chart.getChartSeries().get(0).getSeries(0);
            assertNotNull(series.getShapeProperties().getFillProperties(), "explicit colour per round");
            assertEquals(2, chart.getChartSeries().get(0).getSeriesCount());
        }
    }

    @Test
    void eachRoundsPrintedSheetsSayWhichRoundAndDayTheyAreFrom() throws Exception {
        Workbook workbook = new WorkbookStore().read(FOLLOW_UP_SAMPLE);
        Path file = dir.resolve("rounds.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, file);
        try (XSSFWorkbook xlsx = XlsxRead.open(file)) {
            // the sheet tabs do not print: the page titles must tell the rounds apart
            assertEquals(
                    "ICMI self-assessment — Round 1 · 2026-11-23",
                    xlsx.getSheet("R1 ICMI self-assessment")
                            .getRow(0)
                            .getCell(0)
                            .getStringCellValue());
            assertEquals(
                    "ICMI self-assessment — Round 2 · 2027-05-24",
                    xlsx.getSheet("R2 ICMI self-assessment")
                            .getRow(0)
                            .getCell(0)
                            .getStringCellValue());
            Sheet gap = xlsx.getSheet("Gap R2 ICMI self-assessment");
            assertEquals(
                    "Gap analysis — ICMI self-assessment — Round 2 · 2027-05-24",
                    gap.getRow(0).getCell(0).getStringCellValue());
            assertEquals(
                    "ICMI CX Maturity Toolkit · Northwind Energy · 2027-05-24",
                    gap.getRow(1).getCell(0).getStringCellValue());
            assertEquals(
                    "ICMI CX Maturity Toolkit · Northwind Energy · 2026-11-23",
                    xlsx.getSheet("Gap R1 ICMI self-assessment")
                            .getRow(1)
                            .getCell(0)
                            .getStringCellValue());
        }
    }

    private static Row rowOf(Sheet sheet, String activity) {
        int row = XlsxRead.find(sheet, 1, activity);
        assertTrue(row >= 0, activity);
        return sheet.getRow(row);
    }
}
