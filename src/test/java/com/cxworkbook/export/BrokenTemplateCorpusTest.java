package com.cxworkbook.export;

import static com.cxworkbook.export.TemplateFiller.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken framework templates and the exact message each gets (the same table is in
 * docs/FRAMEWORK_FORMAT.md): every message names the sheet and cell and says what to change, and a file
 * with errors yields no framework at all.
 */
class BrokenTemplateCorpusTest {

    @TempDir
    Path dir;

    private List<String> problems(Path file) {
        TemplateImport read = FrameworkTemplateReader.read(file);
        assertNull(read.framework(), "nothing is imported from a file with errors");
        assertFalse(read.problems().isEmpty());
        return read.problems().stream().map(TemplateProblem::toString).toList();
    }

    private Path acmeWith(String name, java.util.function.Consumer<XSSFWorkbook> breakIt) throws Exception {
        return TemplateFiller.blankEdited(dir.resolve(name), wb -> {
            TemplateFiller.acme(wb);
            breakIt.accept(wb);
        });
    }

    @Test
    void theFilledTemplateItselfIsFine() throws Exception {
        TemplateImport read = FrameworkTemplateReader.read(acmeWith("fine.xlsx", wb -> {}));
        assertEquals(List.of(), read.problems());
        assertEquals(5, read.framework().itemCount());
    }

    @Test
    void missingSheet() throws Exception {
        Path file = acmeWith("missing-sheet.xlsx", wb -> wb.removeSheetAt(wb.getSheetIndex("Items")));
        assertEquals(
                List.of("Items: the sheet \"Items\" is missing. Start from File › New framework template… (or copy the"
                        + " sheet from it); sheets needed: Framework, Stages, Items and optionally Actions"),
                problems(file));
    }

    @Test
    void emptyLevel() throws Exception {
        Path file = acmeWith("empty-level.xlsx", wb -> set(wb.getSheet("Stages"), "B3", null));
        assertEquals(List.of("Stages!B3 (Stage name): is missing or empty. Fill it in"), problems(file));
    }

    @Test
    void stageChecklistStageWithoutItems() throws Exception {
        Path file = acmeWith("stage-without-items.xlsx", wb -> {
            set(wb.getSheet("Framework"), "B8", "STAGE_CHECKLIST");
            set(wb.getSheet("Framework"), "B9", 4);
            Sheet items = wb.getSheet("Items");
            for (int r = 1; r <= items.getLastRowNum(); r++) {
                set(items, "I" + (r + 1), r < 3 ? "Emerging" : "developing");
            }
        });
        assertEquals(
                List.of(
                        "Stages!A4 (Stage id): stage \"leading\" has no items: STAGE_CHECKLIST needs the"
                                + " characteristics of every stage. Fill in Section stage or Item stage on the Items sheet so every stage has its items"),
                problems(file));
    }

    @Test
    void duplicateIds() throws Exception {
        Path file = acmeWith("duplicate-ids.xlsx", wb -> set(wb.getSheet("Items"), "E3", "cx-vision"));
        assertEquals(
                List.of("Items!E3 (Item id): duplicate item id \"cx-vision\". Give each row its own id"),
                problems(file));
    }

    @Test
    void bandsWithHoles() throws Exception {
        Path file =
                acmeWith("band-hole.xlsx", wb -> set(wb.getSheet("Framework"), TemplateFiller.bandCell(wb, 1, 0), 12));
        assertEquals(
                List.of("Framework!A22 (Score bands): gap between bands: no band covers 10–11. Make the bands meet:"
                        + " each From is the previous band's To + 1, from the lowest to the highest possible total (number of items"
                        + " × Lowest rating to number of items × Highest rating)"),
                problems(file));
    }

    @Test
    void formulas() throws Exception {
        Path file = acmeWith("formula.xlsx", wb -> wb.getSheet("Items")
                .getRow(1)
                .getCell(7)
                .setCellFormula("CONCATENATE(\"We have a vision\",\" everyone knows\")"));
        assertEquals(
                List.of("Items!H2: holds a formula. Framework files are read as typed text only: replace it with"
                        + " its value (copy, then Paste Special › Values)"),
                problems(file));
    }

    @Test
    void aHundredThousandRowsAreRefusedBeforeLoading() throws Exception {
        Path file = dir.resolve("100000-rows.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            for (String name : List.of("Framework", "Stages", "Items", "Actions")) {
                wb.createSheet(name);
            }
            Sheet items = wb.getSheet("Items");
            for (int r = 0; r < 100_000; r++) {
                Row row = items.createRow(r);
                row.createCell(0).setCellValue("s");
                row.createCell(5).setCellValue("item " + r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        assertEquals(
                List.of("Items: has more than 5,000 rows (a framework has at most 2,000 items); delete the empty"
                        + " or extra rows below your framework and import again"),
                problems(file));
    }

    @Test
    void textWhereANumberBelongs() throws Exception {
        Path file = acmeWith("text-for-number.xlsx", wb -> set(wb.getSheet("Framework"), "B11", "five"));
        assertEquals(
                List.of("Framework!B11 (Highest rating): \"five\" is not a whole number. Enter one such as 5"),
                problems(file));
    }

    @Test
    void unknownScoringMethod() throws Exception {
        Path file = acmeWith("unknown-method.xlsx", wb -> set(wb.getSheet("Framework"), "B8", "AVERAGE"));
        assertEquals(
                List.of("Framework!B8 (Scoring method): \"AVERAGE\" is not a scoring method. Choose SUM_BANDS,"
                        + " MEAN_LEVEL or STAGE_CHECKLIST"),
                problems(file));
    }

    @Test
    void unknownStageInAnAction() throws Exception {
        Path file = acmeWith("unknown-stage.xlsx", wb -> set(wb.getSheet("Actions"), "A2", "expert"));
        assertEquals(
                List.of("Actions!A2 (Stage id): no stage \"expert\" on the Stages sheet. Use a Stage id (or Stage name)"
                        + " from there"),
                problems(file));
    }

    @Test
    void aLinkToAnotherWorkbook() throws Exception {
        Path file = acmeWith("external-link.xlsx", wb -> {});
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE)) {
            org.apache.poi.openxml4j.opc.PackagePart part = pkg.createPart(
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                            "/xl/externalLinks/externalLink1.xml"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write("<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertEquals(
                List.of(
                        "external-link.xlsx: links to another workbook. Framework files are read as typed text only:"
                                + " break the links (Excel: Data › Edit Links › Break Link) or copy and paste as values, then import again"),
                problems(file));
    }

    @Test
    void notASpreadsheet() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "just some text");
        assertEquals(
                List.of(
                        "notes.xlsx: is not an Excel .xlsx file; save it from Excel or LibreOffice as .xlsx (Excel Workbook)"),
                problems(file));
    }
}
