package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.AtomicFileWriter;
import com.cxworkbook.io.Messages;
import com.cxworkbook.io.WriteProblem;
import java.io.IOException;
import java.nio.file.Path;
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
    private final AtomicFileWriter writer;

    public PdfExporter(FrameworkLookup frameworks, PaperSize paper) {
        this(frameworks, paper, new AtomicFileWriter());
    }

    /** For tests: writes through {@code writer}, e.g. one that fails as a full disk does. */
    public PdfExporter(FrameworkLookup frameworks, PaperSize paper, AtomicFileWriter writer) {
        this.frameworks = frameworks;
        this.paper = paper;
        this.writer = writer;
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
        VerificationReport[] report = new VerificationReport[1];
        try (PDDocument document = PdfSummary.build(plan, paper)) {
            step(monitor, 1, "Writing " + file.getFileName());
            Path written = writer.write(file, document::save, false, temp -> {
                step(monitor, 2, "Checking the file");
                report[0] = verify(temp, plan);
                if (!report[0].ok()) {
                    throw new ExportException(
                            ExportException.Kind.WRITE,
                            "The PDF failed its check ("
                                    + Messages.cut(String.join("; ", report[0].problems()), 200)
                                    + "), so it was not saved. Please report this.");
                }
                step(monitor, 3, "Saving " + file.getFileName());
            });
            monitor.progress(4, 4, "Exported");
            return new ExportResult(written, List.of("Summary"), report[0]);
        } catch (IOException e) {
            throw WriteProblem.kind(e) == WriteProblem.Kind.IN_USE
                    ? XlsxExporter.locked(file, e)
                    : XlsxExporter.writeFailed(file, e);
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
                printable =
                        printable.substring(0, Math.min(24, printable.length())).strip();
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
