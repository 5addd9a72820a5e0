package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-gaps}: the sample exported, its ICMI gap sheet edited with POI, read back by the command. */
class ImportGapsCommandTest {

    @TempDir
    Path dir;

    private Path sample;
    private Path edited;
    private byte[] sampleBytes;
    private String stdout;
    private String stderr;

    @BeforeEach
    void exportAndEdit() throws Exception {
        sample = dir.resolve("workshop.cxwb");
        try (InputStream in = getClass().getResourceAsStream(StartupData.SAMPLE_RESOURCE)) {
            Files.copy(in, sample);
        }
        sampleBytes = Files.readAllBytes(sample);
        Path exported = dir.resolve("report.xlsx");
        assertEquals(Cli.OK, run("export", sample.toString(), exported.toString()), stderr);
        edited = dir.resolve("edited.xlsx");
        Files.copy(exported, edited);
    }

    private int run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        return code;
    }

    /** Sets a column (by header start) of the row of an item (by hidden id) on the sample's ICMI gap sheet. */
    private void edit(String itemId, String header, String value) throws Exception {
        XSSFWorkbook xlsx;
        try (InputStream in = Files.newInputStream(edited)) {
            xlsx = new XSSFWorkbook(in);
        }
        Sheet sheet = xlsx.getSheet("Gap ICMI self-assessment");
        int headerRow = -1;
        int id = -1;
        int column = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals("Item id")) {
                    headerRow = row.getRowNum();
                    id = cell.getColumnIndex();
                }
            }
            if (headerRow >= 0) {
                break;
            }
        }
        for (Cell cell : sheet.getRow(headerRow)) {
            if (column < 0
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith(header)) {
                column = cell.getColumnIndex();
            }
        }
        for (Row row : sheet) {
            Cell cell = row.getCell(id);
            if (row.getRowNum() > headerRow && cell != null && itemId.equals(cell.getStringCellValue())) {
                row.createCell(column).setCellValue(value);
            }
        }
        try (OutputStream out = Files.newOutputStream(edited)) {
            xlsx.write(out);
        }
        xlsx.close();
    }

    @Test
    void importsTheChangesWritesTheWorkbookAndKeepsABackup() throws Exception {
        edit("omnichannel-tool-system", "Status", "Done");
        assertEquals(Cli.OK, run("import-gaps", sample.toString(), edited.toString()), stderr);
        assertTrue(stdout.contains("ICMI self-assessment — Omnichannel Mgmt Tool/System"), stdout);
        assertTrue(stdout.contains("  Status: Not started → Done"), stdout);
        assertTrue(stdout.contains("Imported 1 change(s) into workshop.cxwb"), stdout);
        assertEquals("", stderr);
        assertArrayEquals(
                sampleBytes, Files.readAllBytes(WorkbookStore.backupOf(sample)), "the previous version is the .bak");
        Workbook after = new WorkbookStore().read(sample);
        GapRow row = GapWorksheet.row(after.getAssessments().get(0), "omnichannel-tool-system");
        assertEquals(GapStatus.DONE, row.getStatus());
    }

    @Test
    void dryRunOnlyPrints() throws Exception {
        edit("omnichannel-tool-system", "Owner", "Elena Petrova");
        assertEquals(Cli.OK, run("import-gaps", sample.toString(), edited.toString(), "--dry-run"), stderr);
        assertTrue(stdout.contains("  Owner: Marcus Lee → Elena Petrova"), stdout);
        assertTrue(stdout.contains("nothing written (--dry-run)"), stdout);
        assertArrayEquals(sampleBytes, Files.readAllBytes(sample));
        assertFalse(Files.exists(WorkbookStore.backupOf(sample)));
    }

    @Test
    void aFileWithProblemsChangesNothingUnlessTheValidRowsAreAskedFor() throws Exception {
        edit("omnichannel-tool-system", "Status", "Finished");
        edit("customer-satisfaction", "Owner", "Priya Shah");
        assertEquals(Cli.BAD_INPUT, run("import-gaps", sample.toString(), edited.toString()));
        assertTrue(stderr.contains("Sheet 'Gap ICMI self-assessment', row "), stderr);
        assertTrue(stderr.contains("column Status: \"Finished\" is not one of the list"), stderr);
        assertTrue(stderr.contains("nothing was imported"), stderr);
        assertArrayEquals(sampleBytes, Files.readAllBytes(sample));

        assertEquals(Cli.OK, run("import-gaps", sample.toString(), edited.toString(), "--apply-valid"), stderr);
        Workbook after = new WorkbookStore().read(sample);
        assertEquals(
                "Priya Shah",
                GapWorksheet.row(after.getAssessments().get(0), "customer-satisfaction")
                        .getOwner());
        assertEquals(
                GapStatus.NOT_STARTED,
                GapWorksheet.row(after.getAssessments().get(0), "omnichannel-tool-system")
                        .getStatus());
    }

    @Test
    void wrongArgumentsAndForeignFilesAreOneLineEach() throws Exception {
        assertEquals(Cli.USAGE, run("import-gaps", sample.toString()));
        assertTrue(stderr.startsWith("import-gaps: usage:"), stderr);
        assertEquals(Cli.USAGE, run("import-gaps", edited.toString(), sample.toString()), "swapped arguments");
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "not a spreadsheet");
        assertEquals(Cli.BAD_INPUT, run("import-gaps", sample.toString(), text.toString()));
        assertTrue(stderr.contains("notes.xlsx is not an Excel workbook"), stderr);
        assertArrayEquals(sampleBytes, Files.readAllBytes(sample));
    }
}
