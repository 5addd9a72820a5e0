package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Writes the one-page PDF summary ({@link PdfSummary}) with the same safety as the Excel export: into a temp
 * file beside the target, read back and checked (one page, the client's name as text), then moved over the
 * target; a locked or read-only target is refused with a clear message before any work.
 */
public final class PdfExporter {

    private final FrameworkLookup frameworks;
    private final PaperSize paper;

    public PdfExporter(FrameworkLookup frameworks, PaperSize paper) {
        this.frameworks = frameworks;
        this.paper = paper;
    }

    public static ExportResult export(Workbook workbook, FrameworkLookup frameworks, Path target, PaperSize paper)
            throws ExportException {
        return new PdfExporter(frameworks, paper).export(workbook, target, ExportMonitor.NONE);
    }

    public ExportResult export(Workbook workbook, Path target, ExportMonitor monitor) throws ExportException {
        ExportPlan plan = ExportPlan.of(workbook, frameworks);
        Path file = target.toAbsolutePath();
        XlsxExporter.checkTarget(file);
        step(monitor, 0, "Drawing the summary");
        Path temp = XlsxExporter.createTemp(file);
        try {
            try (PDDocument document = PdfSummary.build(plan, paper)) {
                step(monitor, 1, "Writing " + file.getFileName());
                document.save(temp.toFile());
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new ExportException(ExportException.Kind.WRITE, "Could not write " + file.getFileName() + ": "
                        + XlsxExporter.reason(e) + ". Check there is free disk space, or choose another folder.", e);
            }
            step(monitor, 2, "Checking the file");
            VerificationReport report = verify(temp, plan);
            if (!report.ok()) {
                throw new ExportException(ExportException.Kind.WRITE, "The PDF failed its check ("
                        + String.join("; ", report.problems()) + "), so it was not saved. Please report this.");
            }
            step(monitor, 3, "Saving " + file.getFileName());
            XlsxExporter.moveIntoPlace(temp, file);
            monitor.progress(4, 4, "Exported");
            return new ExportResult(file, List.of("Summary"), report);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // hidden temp file named after the target; a leftover is harmless
            }
        }
    }

    /** Reads the file back as a viewer would: one page, and the client's name and every title as text. */
    static VerificationReport verify(Path file, ExportPlan plan) {
        List<String> problems = new ArrayList<>();
        int checks = 0;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            checks++;
            if (document.getNumberOfPages() != 1) {
                problems.add("expected 1 page, found " + document.getNumberOfPages());
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String client = plan.workbook().getClient();
            if (client != null && !client.isBlank()) {
                checks++;
                String printable = client.replaceAll("\\s+", " ").strip();
                // a very long name is cut on the page; its start must still be there
                printable = printable.substring(0, Math.min(24, printable.length())).strip();
                if (printable.chars().allMatch(ch -> ch < 0x250) && !text.contains(printable)) {
                    problems.add("the client's name is not on the page as text");
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("the file could not be read back: " + e.getMessage());
        }
        return new VerificationReport(problems, checks);
    }

    private static void step(ExportMonitor monitor, int done, String what) throws ExportException {
        if (monitor.isCancelled()) {
            throw new ExportException(ExportException.Kind.CANCELLED, "Export cancelled; no file was written.");
        }
        monitor.progress(done, 4, what);
    }
}
