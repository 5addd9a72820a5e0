package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Workbook;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file the gap-sheet import refuses, each reported by sheet, row and column. */
class GapImportRejectsTest {

    @TempDir
    Path dir;

    private Workbook workbook;
    private ExportPlan plan;
    private Path exported;
    private Path edited;
    private final List<Item> icmi = Frameworks.get(Frameworks.ICMI).items();

    @BeforeEach
    void export() throws Exception {
        workbook = Fixtures.everyFramework();
        plan = ExportPlan.of(workbook, Fixtures.LOOKUP);
        exported = dir.resolve("export.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, exported);
        edited = dir.resolve("edited.xlsx");
    }

    private String gapSheet() {
        return plan.parts().get(0).gapSheet();
    }

    private GapImport read() {
        return GapSheetReader.read(edited, workbook, Fixtures.LOOKUP);
    }

    @Test
    void aFileThatIsNotAnSpreadsheetIsRejected() throws Exception {
        Files.writeString(edited, "Owner,Status\nPriya,Done\n");
        GapImport result = read();
        assertTrue(result.rejected());
        assertFalse(result.canApply());
        assertTrue(
                result.problems().get(0).toString().startsWith("File: edited.xlsx is not an Excel workbook"),
                result.problems().toString());
    }

    @Test
    void aSpreadsheetThatIsNotOurExportIsRejected() throws Exception {
        try (XSSFWorkbook other = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(edited)) {
            Row header = other.createSheet("Gap analysis").createRow(0);
            header.createCell(0).setCellValue("Activity");
            header.createCell(1).setCellValue("Status");
            other.write(out);
        }
        GapImport result = read();
        assertTrue(result.rejected());
        assertTrue(result.problems().get(0).message().contains("not a gap sheet exported by CX Maturity Workbook"));
    }

    @Test
    void anotherClientsExportIsRejected() throws Exception {
        Files.copy(exported, edited);
        workbook.setClient("Contoso Retail");
        GapImport result = read();
        assertTrue(result.rejected());
        assertEquals(List.of(), result.changes());
        assertTrue(
                result.problems()
                        .get(0)
                        .message()
                        .contains("was exported from the workbook of \"" + Fixtures.UNICODE
                                + "\", not of \"Contoso Retail\""),
                result.problems().toString());
    }

    @Test
    void aSheetOfAnotherWorkbooksAssessmentIsReportedBySheet() throws Exception {
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            GapSheetEdits.set(edits.sheet(gapSheet()), icmi.get(0).id(), "Owner", "Someone else");
        }
        workbook.getAssessments().get(0).setId("a-different-assessment");
        GapImport result = read();
        assertFalse(result.rejected(), "the other sheets are still this workbook's");
        ImportProblem problem = result.problems().get(0);
        assertEquals(gapSheet(), problem.sheet());
        assertEquals(0, problem.row());
        assertTrue(problem.message().contains("comes from another workbook"), problem.message());
        assertEquals(List.of(), result.changes());
    }

    @Test
    void aSheetOfAClosedRoundIsReportedAsSuchWithoutNamingAMenu() throws Exception {
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            GapSheetEdits.set(edits.sheet(gapSheet()), icmi.get(0).id(), "Owner", "Priya");
        }
        workbook.getAssessments().get(0).setClosed(true);
        GapImport result = read();
        assertFalse(result.rejected(), "the other rounds' sheets can still be imported");
        ImportProblem problem = result.problems().get(0);
        assertEquals(ImportProblem.Kind.CLOSED_ROUND, problem.kind());
        assertEquals(
                "Sheet '" + gapSheet() + "': the sheet is of a closed round (a follow-up has started and holds its"
                        + " open actions); reopen the round to import into it.",
                problem.toString());
        assertEquals(List.of(), result.changes());
        assertTrue(
                result.problems().stream()
                        .noneMatch(p -> p.message().contains("Workbook ›")
                                || p.message().contains("→")),
                "menu names are the UI's: " + result.problems());
    }

    @Test
    void valuesOutsideTheDropDownListsAreReportedBySheetRowAndColumn() throws Exception {
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            Sheet gap = edits.sheet(gapSheet());
            GapSheetEdits.set(gap, icmi.get(2).id(), "Status", "Finished");
            GapSheetEdits.set(gap, icmi.get(2).id(), "Owner", "Marcus Lee");
            GapSheetEdits.set(gap, icmi.get(3).id(), "Priority", "Urgent");
            GapSheetEdits.set(gap, icmi.get(5).id(), "Owner", "Elena Petrova");
        }
        GapImport result = read();
        assertEquals(2, result.problems().size(), result.problems().toString());
        ImportProblem status = result.problems().get(0);
        int row = rowNumber(icmi.get(2).id());
        assertEquals(
                "Sheet '" + gapSheet() + "', row " + row + ", column Status: \"Finished\" is not one of the list: "
                        + "Not started, In progress, Done.",
                status.toString());
        assertEquals("Priority of Gap", result.problems().get(1).column());
        assertFalse(result.rejected());
        assertEquals(1, result.changes().size(), "only the row without problems: " + result.changes());
        assertEquals(icmi.get(5).id(), result.changes().get(0).itemId());
        assertTrue(result.canApply(), "the user may still choose to apply the valid rows");
    }

    @Test
    void datesThatAreNotDatesAreReported() throws Exception {
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            Sheet gap = edits.sheet(gapSheet());
            GapSheetEdits.set(gap, icmi.get(2).id(), "Target Completion Date", "next spring");
            Row row = GapSheetEdits.rowOf(gap, icmi.get(3).id());
            row.createCell(GapSheetEdits.column(gap, "Target Completion Date")).setCellValue(42.5);
            GapSheetEdits.set(gap, icmi.get(4).id(), "Target Completion Date", "2027-03-31");
        }
        GapImport result = read();
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).message().startsWith("\"next spring\" is not a date"));
        assertEquals("Target Completion Date", result.problems().get(0).column());
        assertTrue(
                result.problems().get(1).message().contains("is a number, not a date"),
                result.problems().get(1).message());
        assertEquals(1, result.changes().size());
        assertEquals(GapField.TARGET_DATE, result.changes().get(0).field());
        assertEquals(
                LocalDate.of(2027, 3, 31),
                result.changes().get(0).after(),
                "a date typed as text in ISO form is a date");
    }

    @Test
    void anActivityListedTwiceIsTakenFromNeitherRow() throws Exception {
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            Sheet gap = edits.sheet(gapSheet());
            String second = icmi.get(1).id();
            GapSheetEdits.set(gap, second, "Owner", "Priya");
            Row copy = GapSheetEdits.rowOf(gap, icmi.get(2).id());
            copy.getCell(GapSheetEdits.column(gap, "Item id")).setCellValue(second);
            copy.createCell(GapSheetEdits.column(gap, "Owner")).setCellValue("Marcus");
        }
        GapImport result = read();
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).message().contains("appears twice"));
        assertEquals(List.of(), result.changes());
    }

    @Test
    void aMissingFileIsReported() {
        GapImport result = read();
        assertTrue(result.rejected());
        assertEquals(
                "File: edited.xlsx was not found.", result.problems().get(0).toString());
    }

    private int rowNumber(String itemId) throws Exception {
        try (XSSFWorkbook xlsx = XlsxRead.open(edited)) {
            return GapSheetEdits.rowOf(xlsx.getSheet(gapSheet()), itemId).getRowNum() + 1;
        }
    }
}
