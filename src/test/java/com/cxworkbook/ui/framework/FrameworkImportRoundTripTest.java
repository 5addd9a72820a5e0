package com.cxworkbook.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.ExportResult;
import com.cxworkbook.export.FrameworkTemplateWriter;
import com.cxworkbook.export.TemplateFiller;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.framework.FrameworkImporter.Checked;
import com.cxworkbook.ui.framework.FrameworkImporter.Status;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bring your own framework, end to end without a window: template → filled in with POI → imported → rated
 * → saved (the workbook carries it) → exported → the framework exported as a template again → re-imported
 * ("no changes") → edited into a new version that keeps the old one for the workbook rated on it.
 */
class FrameworkImportRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void templateToImportToRatingToExportAndBack() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        FrameworkImporter importer = new FrameworkImporter(home);

        // template, filled in as a consultant would in Excel
        Path filled = TemplateFiller.blankEdited(dir.resolve("acme.xlsx"), TemplateFiller::acme);
        Checked checked = importer.check(filled, FrameworkCatalog.load(home));
        assertEquals(Status.NEW_FRAMEWORK, checked.status(), checked.problems().toString());
        assertEquals("Acme CX Maturity 1.0 (5 items in 2 sections) is new to the library.", checked.summary());
        Path installed = importer.install(checked);
        assertEquals(home.resolve("frameworks/acme-cx.json"), installed);

        // the library shows it, with its source
        FrameworkCatalog catalog = FrameworkCatalog.load(home);
        assertEquals(java.util.List.of(), catalog.problems());
        Framework acme = catalog.find("acme-cx").orElseThrow();
        assertTrue(catalog.origin(acme).startsWith("imported · "), catalog.origin(acme));
        assertEquals(
                Frameworks.catalog().frameworks().size() + 1,
                catalog.frameworks().size());

        // rate it, save it (the workbook carries its copy), export it
        Workbook workbook = new Workbook();
        workbook.setClient("Northwind");
        Assessment assessment = new Assessment(acme);
        assessment.setId("acme-1");
        acme.items().forEach(item -> assessment.rate(item.id(), Rating.of(4)));
        workbook.getAssessments().add(assessment);
        WorkbookSession session = new WorkbookSession(workbook, catalog);
        session.embedFrameworks();
        assertEquals(java.util.List.of(acme), workbook.getFrameworks());
        Path saved = dir.resolve("northwind.cxwb");
        new WorkbookStore().write(workbook, saved);
        ExportResult exported = XlsxExporter.export(
                new WorkbookStore().read(saved), catalog.forWorkbook(workbook)::find, dir.resolve("northwind.xlsx"));
        assertTrue(texts(exported.file()).contains("Acme CX Maturity"));
        assertTrue(texts(exported.file()).contains("Leading"), "4 × 5 = 20 points is in the top band");

        // export the installed framework as a template and import it unchanged: no changes, nothing written
        Path again = dir.resolve("acme-again.xlsx");
        FrameworkTemplateWriter.write(acme, again);
        Checked unchanged = importer.check(again, catalog);
        assertEquals(Status.UNCHANGED, unchanged.status(), unchanged.problems().toString());
        assertTrue(unchanged.summary().endsWith("no changes."), unchanged.summary());

        // the same version with different wording is refused with what to change
        TemplateFiller.edited(
                again, wb -> TemplateFiller.set(wb.getSheet("Items"), "H3", "A named executive owns CX."));
        Checked clash = importer.check(again, catalog);
        assertEquals(Status.REFUSED, clash.status());
        assertEquals(
                "Version 1.0 of acme-cx is already in the library with different content (1 item reworded (cx-owner))."
                        + " Raise the Version (e.g. to 1.1) so workbooks rated on 1.0 keep it",
                clash.problems().get(0));

        // raised version: a new version that says what changed and keeps the old one
        TemplateFiller.edited(again, wb -> TemplateFiller.set(wb.getSheet("Framework"), "B4", "1.1"));
        Checked newer = importer.check(again, catalog);
        assertEquals(Status.NEW_VERSION, newer.status());
        assertEquals(
                "Acme CX Maturity 1.1 is a new version of Acme CX Maturity 1.0: 1 item reworded (cx-owner)."
                        + " Version 1.0 is kept for workbooks rated on it.",
                newer.summary());
        importer.install(newer);
        FrameworkCatalog updated = FrameworkCatalog.load(home);
        assertEquals("1.1", updated.find("acme-cx").orElseThrow().version());
        assertEquals(acme, updated.find("acme-cx", "1.0").orElseThrow());
        assertTrue(Files.isRegularFile(home.resolve("frameworks/older/acme-cx@1.0.json")));
        // the workbook rated on 1.0 still opens on 1.0
        assertEquals(
                "1.0",
                updated.forWorkbook(workbook).find("acme-cx").orElseThrow().version());
    }

    @Test
    void aBundledFrameworkExportedAsTemplateImportsAsNoChanges() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path file = dir.resolve("icmi.xlsx");
        FrameworkTemplateWriter.write(Frameworks.get(Frameworks.ICMI), file);
        Checked checked = new FrameworkImporter(home).check(file, FrameworkCatalog.load(home));
        assertEquals(Status.UNCHANGED, checked.status(), checked.problems().toString());
        assertFalse(Files.exists(home.resolve("frameworks")), "nothing installed");
    }

    @Test
    void aJsonFrameworkWithErrorsNamesThePathAndInstallsNothing() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"Bad Id\", \"version\": \"1\"}");
        Checked checked = new FrameworkImporter(home).check(file, FrameworkCatalog.load(home));
        assertEquals(Status.REFUSED, checked.status());
        assertTrue(
                checked.problems().contains("$.id: must be lowercase letters, digits and '-' (got \"Bad Id\")"),
                checked.problems().toString());
        assertFalse(Files.exists(home.resolve("frameworks")));
    }

    private static String texts(Path xlsx) throws Exception {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING
                                || (cell.getCellType() == CellType.FORMULA
                                        && cell.getCachedFormulaResultType() == CellType.STRING)) {
                            all.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }
}
