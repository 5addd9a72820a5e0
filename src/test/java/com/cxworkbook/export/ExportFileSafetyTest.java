package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed or cancelled export never leaves a half file, and never harms a file already there. */
class ExportFileSafetyTest {

    @TempDir
    Path dir;

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void successLeavesExactlyTheTargetAndReplacesAnOldExport() throws Exception {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "old export");
        ExportResult result = XlsxExporter.export(StartupData.readSample(), Fixtures.LOOKUP, target);
        assertEquals(List.of("report.xlsx"), files(), "no temp file left behind");
        assertEquals(target, result.file());
        assertTrue(Files.size(target) > 5_000);
    }

    @Test
    void cancellingStopsWithoutWritingAnything() throws Exception {
        Path target = dir.resolve("report.xlsx");
        List<String> steps = new ArrayList<>();
        ExportMonitor cancelAfterTwoSteps = new ExportMonitor() {
            @Override
            public void progress(int done, int total, String step) {
                steps.add(step);
            }

            @Override
            public boolean isCancelled() {
                return steps.size() >= 2;
            }
        };
        ExportException e = assertThrows(ExportException.class, () -> new XlsxExporter(Fixtures.LOOKUP)
                .export(StartupData.readSample(), target, cancelAfterTwoSteps));
        assertEquals(ExportException.Kind.CANCELLED, e.kind());
        assertEquals(List.of(), files());
    }

    @Test
    void progressIsReportedUpToTheEnd() throws Exception {
        List<int[]> seen = new ArrayList<>();
        ExportMonitor monitor = new ExportMonitor() {
            @Override
            public void progress(int done, int total, String step) {
                seen.add(new int[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new XlsxExporter(Fixtures.LOOKUP).export(StartupData.readSample(), dir.resolve("a.xlsx"), monitor);
        int[] last = seen.get(seen.size() - 1);
        assertEquals(last[1], last[0]);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "progress never goes back");
        }
    }

    @Test
    void readOnlyTargetIsReportedAndLeftAlone() throws Exception {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "the client's copy");
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        } else {
            Files.setAttribute(target, "dos:readonly", true);
        }
        ExportException e = assertThrows(
                ExportException.class, () -> XlsxExporter.export(StartupData.readSample(), Fixtures.LOOKUP, target));
        assertEquals(ExportException.Kind.TARGET, e.kind());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertTrue(e.getMessage().contains("another name"), e.getMessage());
        assertArrayEquals("the client's copy".getBytes(), Files.readAllBytes(target));
        assertEquals(List.of("report.xlsx"), files());
    }

    @Test
    void missingFolderIsReported() {
        ExportException e = assertThrows(
                ExportException.class,
                () -> XlsxExporter.export(
                        StartupData.readSample(), Fixtures.LOOKUP, dir.resolve("nowhere/report.xlsx")));
        assertEquals(ExportException.Kind.TARGET, e.kind());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void targetThatIsAFolderIsReported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("report.xlsx"));
        ExportException e = assertThrows(
                ExportException.class, () -> XlsxExporter.export(StartupData.readSample(), Fixtures.LOOKUP, folder));
        assertEquals(ExportException.Kind.TARGET, e.kind());
    }

    @Test
    void unknownFrameworkIsReportedBeforeAnyFileIsWritten() throws Exception {
        Workbook workbook = StartupData.readSample();
        Assessment foreign = new Assessment();
        foreign.setFrameworkId("made-up-framework");
        foreign.setTitle("Imported");
        workbook.getAssessments().add(foreign);
        ExportException e = assertThrows(
                ExportException.class,
                () -> XlsxExporter.export(workbook, Fixtures.LOOKUP, dir.resolve("report.xlsx")));
        assertEquals(ExportException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("made-up-framework"), e.getMessage());
        assertTrue(e.getMessage().contains("Imported"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report.xlsx")));
        assertEquals(List.of(), files());
    }
}
