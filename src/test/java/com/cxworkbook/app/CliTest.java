package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless export command, run in-process: exit codes, one line on stderr, nothing half-written. */
class CliTest {

    @TempDir
    Path dir;

    private Path sample;
    private byte[] sampleBytes;
    private String stdout;
    private String stderr;

    @BeforeEach
    void copySample() throws Exception {
        sample = dir.resolve("workshop.cxwb");
        try (InputStream in = CliTest.class.getResourceAsStream(StartupData.SAMPLE_RESOURCE)) {
            Files.copy(in, sample);
        }
        sampleBytes = Files.readAllBytes(sample);
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

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Exactly one line, no stack trace, and the input untouched. */
    private void assertOneClearLine(String expectedFragment) throws Exception {
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("cxworkbook export: "), stderr);
        assertTrue(stderr.contains(expectedFragment), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
        assertArrayEquals(sampleBytes, Files.readAllBytes(sample), "input untouched");
    }

    @Test
    void commandsAndUnknownWordsAreHeadlessButAWorkbookOpensTheWindow() throws Exception {
        assertTrue(Cli.handles(new String[] {"export", "a", "b"}));
        assertTrue(Cli.handles(new String[] {"--help"}));
        assertTrue(Cli.handles(new String[] {"--version"}));
        assertTrue(Cli.handles(new String[] {"frobnicate"}));
        assertTrue(Cli.handles(new String[] {"--something"}));
        assertFalse(Cli.handles(new String[0]));
        assertFalse(Cli.handles(new String[] {"not-yet-there.cxwb"}));
        assertFalse(Cli.handles(new String[] {sample.toString()}));
    }

    @Test
    void exportsAWorkbookAndSaysWhere() throws Exception {
        Path out = dir.resolve("report.xlsx");
        assertEquals(Cli.OK, run("export", sample.toString(), out.toString()));
        assertEquals("", stderr);
        assertTrue(stdout.contains(out.toString()), stdout);
        try (XSSFWorkbook xlsx = new XSSFWorkbook(out.toFile())) {
            assertEquals("Summary", xlsx.getSheetName(0));
            assertEquals(6, xlsx.getNumberOfSheets(), "summary, grid and gap sheet per assessment, participants");
        }
        assertEquals(List.of("report.xlsx", "workshop.cxwb"), files());
    }

    @Test
    void aPdfTargetGetsTheOnePageSummary() throws Exception {
        Path out = dir.resolve("summary.pdf");
        assertEquals(Cli.OK, run("export", sample.toString(), out.toString(), "--paper=letter"));
        assertEquals("", stderr);
        assertTrue(stdout.contains("one-page summary, LETTER"), stdout);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        assertEquals(List.of("summary.pdf", "workshop.cxwb"), files());
    }

    @Test
    void wrongArgumentsPrintUsage() throws Exception {
        assertEquals(Cli.USAGE, run("export", sample.toString()));
        assertOneClearLine("usage: cxworkbook export <workbook.cxwb> <out.xlsx | out.pdf>");
    }

    @Test
    void swappedArgumentsNeverOverwriteTheWorkbook() throws Exception {
        Path out = dir.resolve("report.xlsx");
        assertEquals(Cli.USAGE, run("export", out.toString(), sample.toString()));
        assertOneClearLine(".xlsx");
    }

    @Test
    void missingWorkbook() throws Exception {
        assertEquals(
                Cli.BAD_INPUT,
                run(
                        "export",
                        dir.resolve("nope.cxwb").toString(),
                        dir.resolve("r.xlsx").toString()));
        assertOneClearLine("workbook not found");
        assertEquals(List.of("workshop.cxwb"), files());
    }

    @Test
    void corruptWorkbook() throws Exception {
        Path corrupt = dir.resolve("corrupt.cxwb");
        Files.writeString(corrupt, "this is not JSON at all");
        assertEquals(
                Cli.BAD_INPUT,
                run("export", corrupt.toString(), dir.resolve("r.xlsx").toString()));
        assertOneClearLine("corrupt.cxwb");
        assertEquals(List.of("corrupt.cxwb", "workshop.cxwb"), files());
    }

    @Test
    void truncatedWorkbook() throws Exception {
        Path truncated = dir.resolve("truncated.cxwb");
        Files.write(truncated, java.util.Arrays.copyOf(sampleBytes, sampleBytes.length / 2));
        assertEquals(
                Cli.BAD_INPUT,
                run("export", truncated.toString(), dir.resolve("r.xlsx").toString()));
        assertOneClearLine("truncated.cxwb");
        assertFalse(Files.exists(dir.resolve("r.xlsx")));
    }

    @Test
    void emptyWorkbookFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.cxwb"));
        assertEquals(
                Cli.BAD_INPUT,
                run("export", empty.toString(), dir.resolve("r.xlsx").toString()));
        assertOneClearLine("empty.cxwb");
    }

    @Test
    void workbookFromANewerApp() throws Exception {
        Path newer = dir.resolve("newer.cxwb");
        Files.writeString(
                newer,
                new String(sampleBytes, StandardCharsets.UTF_8)
                        .replace("\"formatVersion\": 1", "\"formatVersion\": 99"));
        assertEquals(
                Cli.BAD_INPUT,
                run("export", newer.toString(), dir.resolve("r.xlsx").toString()));
        assertOneClearLine("newer version");
        assertFalse(Files.exists(dir.resolve("r.xlsx")));
    }

    @Test
    void workbookWithAnUnknownFramework() throws Exception {
        Path foreign = dir.resolve("foreign.cxwb");
        Files.writeString(
                foreign,
                new String(sampleBytes, StandardCharsets.UTF_8).replace("\"icmi-cx-maturity\"", "\"acme-maturity\""));
        assertEquals(
                Cli.BAD_INPUT,
                run("export", foreign.toString(), dir.resolve("r.xlsx").toString()));
        assertOneClearLine("acme-maturity");
        assertFalse(Files.exists(dir.resolve("r.xlsx")));
    }

    @Test
    void unwritableTargets() throws Exception {
        assertEquals(
                Cli.BAD_TARGET,
                run("export", sample.toString(), dir.resolve("missing/r.xlsx").toString()));
        assertOneClearLine("does not exist");

        Path readOnly = dir.resolve("locked.xlsx");
        Files.writeString(readOnly, "keep me");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(Cli.BAD_TARGET, run("export", sample.toString(), readOnly.toString()));
        assertOneClearLine("read-only");
        assertEquals("keep me", Files.readString(readOnly));
        assertEquals(List.of("locked.xlsx", "workshop.cxwb"), files());
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        assertEquals(Cli.OK, run("--help"));
        assertTrue(stdout.contains("export <in.cxwb> <out.xlsx>"), stdout);
        assertTrue(stdout.contains("--self-test") && stdout.contains("--version"), stdout);
        assertTrue(stdout.contains("exit codes: 0 done; 1 unexpected error; 2 wrong arguments"), stdout);
        assertEquals("", stderr);
    }

    @Test
    void versionPrintsOneLine() {
        assertEquals(Cli.OK, run("--version"));
        assertTrue(stdout.startsWith("CX Maturity Workbook "), stdout);
        assertEquals(1, stdout.lines().count());
    }

    @Test
    void anUnknownCommandGetsTheUsageOnStderrAndExit2() {
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertEquals("", stdout);
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("cxworkbook: unknown command frobnicate. usage: cxworkbook export"), stderr);
        assertEquals(Cli.USAGE, run("export"));
        assertTrue(stderr.contains("usage: cxworkbook export <workbook.cxwb> <out.xlsx | out.pdf>"), stderr);
    }

    @Test
    void withoutADisplayTheWindowIsNotTriedAndOneLineNamesTheHeadlessCommands() {
        assertFalse(Launcher.hasDisplay(java.util.Map.of(), "Linux", null));
        assertTrue(Launcher.hasDisplay(java.util.Map.of("DISPLAY", ":0"), "Linux", null));
        assertTrue(Launcher.hasDisplay(java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertTrue(Launcher.hasDisplay(java.util.Map.of(), "Windows 11", null));
        assertTrue(Launcher.hasDisplay(java.util.Map.of(), "Linux", "Monocle"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(1, Launcher.noDisplay(new PrintStream(err, true, StandardCharsets.UTF_8), "there is no display"));
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, line.lines().count());
        assertTrue(line.contains("Without a display these work: cxworkbook export"), line);
    }
}
