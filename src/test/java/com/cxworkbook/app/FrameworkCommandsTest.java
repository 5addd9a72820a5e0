package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.TemplateFiller;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** framework-template, import-framework and export-framework from the command line, and a travelling workbook. */
class FrameworkCommandsTest {

    @TempDir
    Path dir;

    private Path home;
    private String stdout;
    private String stderr;

    @BeforeEach
    void emptyHome() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
    }

    private int run(Path settings, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                settings);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void theCommandsAreHeadless() {
        assertTrue(Cli.handles(new String[] {"framework-template", "t.xlsx"}));
        assertTrue(Cli.handles(new String[] {"import-framework", "t.xlsx"}));
        assertTrue(Cli.handles(new String[] {"export-framework", "icmi-cx-maturity", "icmi.json"}));
    }

    @Test
    void templateImportAndNoChanges() throws Exception {
        Path template = dir.resolve("acme.xlsx");
        assertEquals(Cli.OK, run(home, "framework-template", template.toString()), stderr);
        assertTrue(stdout.startsWith("Wrote " + template), stdout);
        TemplateFiller.edited(template, TemplateFiller::acme);

        assertEquals(Cli.OK, run(home, "import-framework", template.toString()), stderr);
        assertTrue(
                stdout.startsWith("Acme CX Maturity 1.0 (5 items in 2 sections) is new to the library. Installed as "),
                stdout);
        assertTrue(Files.isRegularFile(home.resolve("frameworks/acme-cx.json")));

        Path exported = dir.resolve("acme-exported.xlsx");
        assertEquals(Cli.OK, run(home, "framework-template", exported.toString(), "acme-cx"), stderr);
        assertEquals(Cli.OK, run(home, "import-framework", exported.toString()), stderr);
        assertEquals("Acme CX Maturity 1.0 is already in the library: no changes.", stdout.strip());

        Path json = dir.resolve("acme.json");
        assertEquals(Cli.OK, run(home, "export-framework", "acme-cx", json.toString()), stderr);
        assertEquals(
                FrameworkCatalog.load(home).find("acme-cx").orElseThrow(),
                FrameworkCatalog.readFile(json).framework());
        assertEquals(Cli.OK, run(home, "import-framework", json.toString()), stderr);
        assertTrue(stdout.contains("no changes"), stdout);
    }

    @Test
    void anImportWithErrorsListsEveryProblemAndInstallsNothing() throws Exception {
        Path template = TemplateFiller.blankEdited(dir.resolve("broken.xlsx"), wb -> {
            TemplateFiller.acme(wb);
            TemplateFiller.set(wb.getSheet("Items"), "E3", "cx-vision");
            TemplateFiller.set(wb.getSheet("Framework"), "B3", null);
        });
        assertEquals(Cli.BAD_INPUT, run(home, "import-framework", template.toString()));
        assertEquals(
                """
                cxworkbook import-framework: broken.xlsx: Not imported: 2 problems to correct first.
                  Framework!B3 (Name): is missing or empty. Fill it in
                  Items!E3 (Item id): duplicate item id "cx-vision". Give each row its own id
                """,
                stderr);
        assertFalse(Files.exists(home.resolve("frameworks")));
    }

    @Test
    void unknownFrameworkIdSaysWhichAreInstalled() {
        assertEquals(
                Cli.BAD_INPUT,
                run(home, "framework-template", dir.resolve("x.xlsx").toString(), "nope"));
        assertTrue(
                stderr.startsWith(
                        "cxworkbook framework-template: no framework \"nope\" in the library; installed: icmi-cx-maturity"),
                stderr);
    }

    /** The workbook carries the framework: it exports on a laptop whose settings folder is empty. */
    @Test
    void aWorkbookWithAnEmbeddedFrameworkOpensAndExportsOnAnEmptySettingsFolder() throws Exception {
        Path template = TemplateFiller.blankEdited(dir.resolve("acme.xlsx"), TemplateFiller::acme);
        assertEquals(Cli.OK, run(home, "import-framework", template.toString()), stderr);
        Framework acme = FrameworkCatalog.load(home).find("acme-cx").orElseThrow();
        Workbook workbook = new Workbook();
        Assessment assessment = new Assessment(acme);
        assessment.setId("acme-1");
        acme.items().forEach(item -> assessment.rate(item.id(), Rating.of(2)));
        workbook.getAssessments().add(assessment);
        workbook.getFrameworks().add(acme);
        Path file = dir.resolve("travelling.cxwb");
        new WorkbookStore().write(workbook, file);

        Path otherLaptop = Files.createDirectories(dir.resolve("other-laptop"));
        StartupData opened = StartupData.load(otherLaptop, file);
        assertEquals(java.util.List.of(), opened.messages(), "no 'framework missing' notice");
        assertNotNull(
                opened.catalog().forWorkbook(opened.workbook()).find("acme-cx").orElse(null));
        assertEquals(
                java.util.List.of(acme), opened.catalog().missingFrom(opened.workbook()), "offered for the library");

        Path report = dir.resolve("report.xlsx");
        assertEquals(Cli.OK, run(otherLaptop, "export", file.toString(), report.toString()), stderr);
        assertTrue(Files.size(report) > 0);
        assertFalse(Files.exists(otherLaptop.resolve("frameworks")), "exporting installs nothing");
    }
}
