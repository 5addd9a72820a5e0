package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.AtomicFileWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large workbooks export and pass the read-back check up to the limit, are refused beyond it; full disks are told. */
class ExportLimitsTest {

    @TempDir
    Path dir;

    private static Workbook withAssessments(int count) {
        Workbook sample = StartupData.readSample();
        Assessment first = sample.getAssessments().get(0);
        Workbook workbook = new Workbook();
        workbook.setClient("Large");
        for (int i = 0; i < count; i++) {
            Assessment copy = new Assessment();
            copy.setId("a" + i);
            copy.setFrameworkId(first.getFrameworkId());
            copy.setFrameworkVersion(first.getFrameworkVersion());
            copy.setTitle("Team " + i);
            int shift = i;
            first.getRatings().forEach((item, rating) -> copy.rate(item, Rating.of(1 + (shift + item.length()) % 5)));
            workbook.getAssessments().add(copy);
        }
        return workbook;
    }

    /**
     * More zip entries than POI's zip-bomb guard allows by default (1,000: 330 assessments failed their
     * read-back), and more assessments than the Summary draws charts for. 1,000 assessments take 36 s of CPU
     * (minutes on this shared machine), too long for every build: the default run exports
     * {@code MAX_CHARTS + 2} (same code path, past the chart limit); {@code -Dexport.large=1000} runs the
     * limit itself (docs/PERFORMANCE.md, "Large workbooks").
     */
    @Test
    void aLargeWorkbookExportsAndPassesTheReadBack() throws Exception {
        int count = Integer.getInteger("export.large", SummarySheet.MAX_CHARTS + 2);
        Path target = dir.resolve("large.xlsx");
        ExportResult result = XlsxExporter.export(withAssessments(count), Fixtures.LOOKUP, target);
        assertTrue(result.check().ok(), result.check().problems().toString());
        assertEquals(2 * count + 1, result.sheets().size());
        try (XSSFWorkbook xlsx = XlsxRead.open(target)) {
            XSSFSheet summary = xlsx.getSheet(ExportPlan.SUMMARY_SHEET);
            assertEquals(
                    SummarySheet.MAX_CHARTS,
                    summary.getDrawingPatriarch().getCharts().size(),
                    "charts for the first assessments only");
            String note = "Radar charts for the first " + SummarySheet.MAX_CHARTS + " of " + count
                    + " assessments; each assessment's sheet has its section results.";
            assertTrue(XlsxRead.find(summary, 0, note) > 0, "the Summary says which charts it shows");
        }
    }

    @Test
    void aWorkbookThatWouldNotFitInMemoryIsRefusedUpFront() throws Exception {
        Workbook workbook = withAssessments(1000);
        long rows = XlsxExporter.itemRows(ExportPlan.of(workbook, Fixtures.LOOKUP));
        assertEquals(20_000, rows, "1,000 ICMI assessments of 20 items");
        long need = XlsxExporter.estimatedBytes(rows);
        XlsxExporter.checkMemory(rows, need); // fits exactly: no complaint
        XlsxExporter.checkFits(workbook, Fixtures.LOOKUP); // the test JVM has the heap it needs
        ExportException e =
                assertThrows(ExportException.class, () -> XlsxExporter.checkMemory(rows, 512L * 1024 * 1024));
        assertEquals(ExportException.Kind.INPUT, e.kind(), "the CLI maps INPUT to exit 3");
        assertEquals(
                "This workbook is too large to export on this computer: about " + ((need + (1 << 20) - 1) >> 20)
                        + " MB of memory needed, 512 MB available to the app. Split the workbook (Save As, then"
                        + " remove assessments) and export each part.",
                e.getMessage());
        assertTrue(need <= 1024L * 1024 * 1024, "1,000 ICMI assessments fit in the 1 GB they were measured with");
    }

    @Test
    void runningOutOfMemoryAnywayIsASentenceAndNoFile() throws Exception {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "the previous export");
        XlsxExporter exporter =
                new XlsxExporter(Fixtures.LOOKUP, new AtomicFileWriter(out -> new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                }));
        ExportException e = assertThrows(
                ExportException.class, () -> exporter.export(StartupData.readSample(), target, ExportMonitor.NONE));
        assertEquals(ExportException.Kind.INPUT, e.kind());
        assertEquals(
                "There was not enough memory to export "
                        + StartupData.readSample().getAssessments().size()
                        + " assessments; nothing was written. Split the workbook (Save As, then remove assessments)"
                        + " and export each part.",
                e.getMessage());
        assertArrayEquals("the previous export".getBytes(), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("report.xlsx"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theReadBackAcceptsAsManyPartsAsTheLimitNeeds() {
        XlsxVerifier.ensureLimits(); // also run by its static set-up, before any read-back
        assertTrue(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxFileCount()
                >= 4L * XlsxExporter.MAX_ASSESSMENTS + 100);
        assertTrue(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio() <= 0.001);
    }

    @Test
    void beyondTheLimitTheExportRefusesUpFront() {
        Path target = dir.resolve("huge.xlsx");
        ExportException e = assertThrows(
                ExportException.class,
                () -> XlsxExporter.export(withAssessments(XlsxExporter.MAX_ASSESSMENTS + 1), Fixtures.LOOKUP, target));
        assertEquals(ExportException.Kind.INPUT, e.kind());
        assertTrue(
                e.getMessage().startsWith("This workbook has 1001 assessments; an Excel export holds at most 1000."),
                e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void aFullDiskIsATargetProblemInOneLineAndTheOldFileStays() throws Exception {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "the previous export");
        XlsxExporter full = new XlsxExporter(Fixtures.LOOKUP, new AtomicFileWriter(DiskFull::new));
        ExportException e = assertThrows(
                ExportException.class, () -> full.export(StartupData.readSample(), target, ExportMonitor.NONE));
        assertEquals(ExportException.Kind.TARGET, e.kind(), "the CLI maps TARGET to exit 4");
        assertEquals(
                "Could not write report.xlsx: the disk is full. Free some space or choose another folder; an existing"
                        + " file of that name was not changed.",
                e.getMessage());
        assertArrayEquals("the previous export".getBytes(), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    List.of("report.xlsx"),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "no temp file left");
        }
    }

    @Test
    void anExportKeepsTheTargetsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews()
                .contains("posix"));
        Path target = dir.resolve("shared.xlsx");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        XlsxExporter.export(StartupData.readSample(), Fixtures.LOOKUP, target);
        assertEquals(
                "rw-rw-r--",
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    /** Fails as a full disk does, after some bytes. */
    static final class DiskFull extends FilterOutputStream {
        private int left = 4096;

        DiskFull(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("No space left on device");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
