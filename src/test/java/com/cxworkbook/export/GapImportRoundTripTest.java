package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export → the client edits the gap sheet (sorts, edits, adds a column, deletes a row) → import. */
class GapImportRoundTripTest {

    @TempDir
    Path dir;

    private final WorkbookStore store = new WorkbookStore();

    @Test
    void editsComeBackByActivityAndNothingElseChanges() throws Exception {
        Workbook workbook = Fixtures.everyFramework();
        byte[] before = store.toBytes(workbook);
        ExportPlan plan = ExportPlan.of(workbook, Fixtures.LOOKUP);
        Path exported = dir.resolve("export.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, exported);

        List<Item> icmi = Frameworks.get(Frameworks.ICMI).items();
        String first = icmi.get(0).id();
        String fifth = icmi.get(4).id();
        String astuteFirst = Frameworks.get(Frameworks.ASTUTE).items().get(0).id();
        Path edited = dir.resolve("edited.xlsx");
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            Sheet gap = edits.sheet(plan.parts().get(0).gapSheet());
            GapSheetEdits.reverseRows(gap, icmi.size());
            GapSheetEdits.set(gap, first, "Status", "Done");
            GapSheetEdits.set(gap, first, "Owner", "Priya Shah");
            Row row = GapSheetEdits.rowOf(gap, first);
            row.getCell(GapSheetEdits.column(gap, "Target Completion Date")).setCellValue(LocalDate.of(2027, 9, 30));
            GapSheetEdits.set(gap, fifth, "Priority", "medium");
            GapSheetEdits.set(gap, fifth, "Action(s)", "  Train the team on the new tool  ");
            // the client adds a column of their own in front of everything
            gap.shiftColumns(0, GapSheetEdits.column(gap, "Item id"), 1);
            gap.getRow(GapSheetEdits.headerRow(gap)).createCell(0).setCellValue("Client notes");
            GapSheetEdits.rowOf(gap, fifth).createCell(0).setCellValue("ask Marcus");
            // and deletes a row that has an action plan on another sheet
            Sheet astute = edits.sheet(plan.parts().get(1).gapSheet());
            astute.removeRow(GapSheetEdits.rowOf(astute, astuteFirst));
        }

        GapImport result = GapSheetReader.read(edited, workbook, Fixtures.LOOKUP);
        assertEquals(List.of(), result.problems());
        assertEquals(5, result.changes().size(), result.changes().toString());
        assertTrue(result.canApply());
        GapChange status = result.changes().stream()
                .filter(c -> c.field() == GapField.STATUS)
                .findFirst()
                .orElseThrow();
        assertEquals(first, status.itemId());
        assertEquals("Status: In progress → Done", status.describe());
        assertEquals(store.toBytes(workbook).length, before.length, "reading changes nothing");

        GapChange.applyAll(workbook, result.changes());

        Workbook expected = store.parse("expected", before);
        Assessment icmiAssessment = expected.getAssessments().get(0);
        GapRow firstRow = GapWorksheet.row(icmiAssessment, first);
        firstRow.setStatus(GapStatus.DONE);
        firstRow.setOwner("Priya Shah");
        firstRow.setTargetDate(LocalDate.of(2027, 9, 30));
        GapRow fifthRow = new GapRow(fifth);
        fifthRow.setPriority(Priority.MEDIUM);
        fifthRow.setActions("Train the team on the new tool");
        icmiAssessment.getGapRows().add(fifthRow);
        assertEquals(
                new String(store.toBytes(expected), StandardCharsets.UTF_8),
                new String(store.toBytes(workbook), StandardCharsets.UTF_8));

        GapImport again = GapSheetReader.read(edited, workbook, Fixtures.LOOKUP);
        assertEquals(List.of(), again.changes(), "a second import finds nothing new");
    }

    @Test
    void anUneditedExportChangesNothing() throws Exception {
        Workbook workbook = Fixtures.everyFramework();
        Path exported = dir.resolve("export.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, exported);
        GapImport result = GapSheetReader.read(exported, workbook, Fixtures.LOOKUP);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.changes());
        assertFalse(result.canApply());
        int activities = Frameworks.catalog().frameworks().stream()
                .mapToInt(f -> f.itemCount())
                .sum();
        assertEquals(activities, result.rowsRead(), "every activity row of every gap sheet was read");
    }

    @Test
    void aClearedCellClearsTheField() throws Exception {
        Workbook workbook = Fixtures.everyFramework();
        ExportPlan plan = ExportPlan.of(workbook, Fixtures.LOOKUP);
        Path exported = dir.resolve("export.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, exported);
        String first = Frameworks.get(Frameworks.ICMI).items().get(0).id();
        Path edited = dir.resolve("edited.xlsx");
        try (GapSheetEdits edits = GapSheetEdits.open(exported, edited)) {
            Sheet gap = edits.sheet(plan.parts().get(0).gapSheet());
            Row row = GapSheetEdits.rowOf(gap, first);
            row.removeCell(row.getCell(GapSheetEdits.column(gap, "Owner")));
        }
        GapImport result = GapSheetReader.read(edited, workbook, Fixtures.LOOKUP);
        assertEquals(1, result.changes().size());
        assertEquals(null, result.changes().get(0).after());
        assertEquals(GapField.OWNER, result.changes().get(0).field());
    }
}
