package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the print set-up of an export back: how the file comes out of a printer. */
class PrintSetupTest {

    @TempDir
    Path dir;

    private XSSFWorkbook export(Workbook workbook) throws Exception {
        Path file = dir.resolve("print.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, file);
        return XlsxRead.open(file);
    }

    @Test
    void everySheetIsLandscapeOnePageWideWithClientDateAndPageInTheFooter() throws Exception {
        Workbook sample = StartupData.readSample();
        try (XSSFWorkbook xlsx = export(sample)) {
            for (Sheet sheet : xlsx) {
                String name = sheet.getSheetName();
                assertTrue(sheet.getPrintSetup().getLandscape(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
                assertEquals("Northwind Energy", sheet.getFooter().getLeft(), name);
                assertEquals(sample.getDate().toString(), sheet.getFooter().getRight(), name);
                assertTrue(sheet.getFooter().getCenter().contains("&P"), name);
            }
        }
    }

    @Test
    void summaryOfFiveAssessmentsIsOnePageWithNoRepeatedHeaderAndNoChartOnABreak() throws Exception {
        Workbook five = Fixtures.everyFramework();
        assertEquals(5, five.getAssessments().size());
        try (XSSFWorkbook xlsx = export(five)) {
            XSSFSheet summary = xlsx.getSheet(ExportPlan.SUMMARY_SHEET);
            assertEquals(1, summary.getPrintSetup().getFitHeight(), "one page tall");
            assertNull(summary.getRepeatingRows(), "no header printed over the charts");
            assertEquals(0, summary.getRowBreaks().length);
            assertEquals(5, summary.getDrawingPatriarch().getCharts().size());
            assertNoChartAcrossABreak(summary);
        }
    }

    @Test
    void summaryOfMoreAssessmentsBreaksPagesBetweenChartsNeverThroughOne() throws Exception {
        Workbook workbook = Fixtures.everyFramework();
        for (String id : new String[] {Frameworks.ICMI, Frameworks.CXMM, Frameworks.ASTUTE}) {
            Framework framework = Frameworks.get(id);
            Assessment again = new Assessment(framework);
            again.setTitle(framework.name() + " follow-up");
            workbook.getAssessments().add(again);
        }
        try (XSSFWorkbook xlsx = export(workbook)) {
            XSSFSheet summary = xlsx.getSheet(ExportPlan.SUMMARY_SHEET);
            assertEquals(0, summary.getPrintSetup().getFitHeight(), "as many pages tall as needed");
            assertEquals(8, summary.getDrawingPatriarch().getCharts().size());
            assertTrue(summary.getRowBreaks().length > 0);
            assertNoChartAcrossABreak(summary);
        }
    }

    @Test
    void itemAndGapHeadersRepeatButTheGapSheetPrintsOnlyUpToItsPartialMark() throws Exception {
        try (XSSFWorkbook xlsx = export(StartupData.readSample())) {
            XSSFSheet gap = xlsx.getSheetAt(2);
            assertEquals(GapSheet.HEADER_ROW, gap.getRepeatingRows().getFirstRow());
            int total = XlsxRead.find(gap, GapSheet.SECTION, GapSheet.TOTAL);
            String area = xlsx.getPrintArea(2);
            assertTrue(
                    area.endsWith("$" + (total + 6)),
                    area + ": score, stage, final range and partial mark are the last printed");
            assertEquals(
                    GapSheet.STAGE,
                    XlsxRead.cell(gap, total + 3, GapSheet.ACTIVITY).getStringCellValue());
            assertEquals(
                    GapSheet.PARTIAL,
                    XlsxRead.cell(gap, total + 5, GapSheet.ACTIVITY).getStringCellValue());
        }
    }

    @Test
    void partlyRatedAssessmentsAreMarkedProvisionalOnTheGapSheet() throws Exception {
        try (XSSFWorkbook xlsx = export(Fixtures.everyFramework())) {
            for (int i = 2; i < xlsx.getNumberOfSheets(); i += 2) {
                XSSFSheet gap = xlsx.getSheetAt(i);
                int total = XlsxRead.find(gap, GapSheet.SECTION, GapSheet.TOTAL);
                String mark = XlsxRead.cell(gap, total + 5, GapSheet.RATING).getStringCellValue();
                assertTrue(mark.startsWith(GapSheet.PARTIAL_MARK), gap.getSheetName() + ": " + mark);
            }
            XSSFSheet grid = xlsx.getSheetAt(1);
            assertTrue(XlsxRead.find(grid, 1, "◀ reached so far") > 0);
        }
    }

    private static void assertNoChartAcrossABreak(XSSFSheet sheet) {
        int[] breaks = sheet.getRowBreaks();
        int charts = 0;
        for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
            XSSFClientAnchor anchor = (XSSFClientAnchor) shape.getAnchor();
            charts++;
            for (int after : breaks) {
                // a break after row `after` splits the chart when the chart spans rows on both sides of it
                assertFalse(
                        anchor.getRow1() <= after && after < anchor.getRow2() - 1,
                        "chart rows " + anchor.getRow1() + "–" + anchor.getRow2() + " cross the break after row "
                                + after);
            }
        }
        assertEquals(sheet.getDrawingPatriarch().getCharts().size(), charts);
    }
}
