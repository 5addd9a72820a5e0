package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.AtomicFileWriter;
import com.cxworkbook.io.Messages;
import com.cxworkbook.io.WriteProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook as an .xlsx file a client can open: a summary, one sheet per assessment and a
 * gap-analysis sheet per assessment. The file is written to a temp file in the target folder, read back
 * and checked, and only then moved over the target, so a failed or cancelled export never leaves a half
 * file under the user's name. Safe to call from any thread; it touches nothing but its arguments.
 */
public final class XlsxExporter {

    /** The most assessments one export takes: two sheets each, built in memory and read back. */
    public static final int MAX_ASSESSMENTS = 1000;

    private final FrameworkLookup frameworks;
    private final AtomicFileWriter writer;

    public XlsxExporter(FrameworkLookup frameworks) {
        this(frameworks, new AtomicFileWriter());
    }

    /** For tests: writes through {@code writer}, e.g. one that fails as a full disk does. */
    public XlsxExporter(FrameworkLookup frameworks, AtomicFileWriter writer) {
        this.frameworks = frameworks;
        this.writer = writer;
    }

    /** One-call export for the CLI and the installer's self-test: write, check, move into place. */
    public static ExportResult export(Workbook workbook, FrameworkLookup frameworks, Path target)
            throws ExportException {
        return new XlsxExporter(frameworks).export(workbook, target, ExportMonitor.NONE);
    }

    public ExportResult export(Workbook workbook, Path target, ExportMonitor monitor) throws ExportException {
        checkSize(workbook);
        ExportPlan plan = ExportPlan.of(workbook, frameworks);
        Path file = target.toAbsolutePath();
        checkTarget(file);
        int total = plan.parts().size() * 2 + 4;
        VerificationReport[] report = new VerificationReport[1];
        try (XSSFWorkbook xlsx = build(plan, monitor, total)) {
            step(monitor, total - 2, total, "Writing " + file.getFileName());
            Path written = writer.write(file, xlsx::write, false, temp -> {
                step(monitor, total - 1, total, "Checking the file");
                report[0] = XlsxVerifier.verify(temp, plan);
                if (!report[0].ok()) {
                    throw new ExportException(
                            ExportException.Kind.WRITE,
                            "The exported file failed its check ("
                                    + Messages.cut(String.join("; ", report[0].problems()), 200)
                                    + "), so it was not saved. Please report this.");
                }
                step(monitor, total, total, "Saving " + file.getFileName());
            });
            monitor.progress(total, total, "Exported");
            return new ExportResult(written, plan.sheetNames(), report[0]);
        } catch (IOException e) {
            throw WriteProblem.kind(e) == WriteProblem.Kind.IN_USE ? locked(file, e) : writeFailed(file, e);
        }
    }

    /** Refuses, before any work, a workbook larger than an export can hold in memory and read back. */
    public static void checkSize(Workbook workbook) throws ExportException {
        int count = workbook.getAssessments().size();
        if (count > MAX_ASSESSMENTS) {
            throw new ExportException(
                    ExportException.Kind.INPUT,
                    "This workbook has " + count + " assessments; an"
                            + " Excel export holds at most " + MAX_ASSESSMENTS
                            + ". Split the workbook (Save As, then remove"
                            + " assessments) and export each part.");
        }
    }

    static ExportException writeFailed(Path file, IOException e) {
        return new ExportException(
                ExportException.Kind.TARGET,
                "Could not write " + file.getFileName() + ": "
                        + WriteProblem.reason(e)
                        + ". Free some space or choose another folder; an existing file of that name"
                        + " was not changed.",
                e);
    }

    /** Builds the workbook in memory with cached formula results, without touching the disk. */
    public XSSFWorkbook build(Workbook workbook) throws ExportException {
        return build(ExportPlan.of(workbook, frameworks), ExportMonitor.NONE, 1);
    }

    XSSFWorkbook build(ExportPlan plan, ExportMonitor monitor, int total) throws ExportException {
        XSSFWorkbook xlsx = new XSSFWorkbook();
        boolean done = false;
        try {
            Styles styles = new Styles(xlsx);
            int step = 0;
            step(monitor, step++, total, "Summary");
            SheetWriter summary = new SheetWriter(xlsx.createSheet(ExportPlan.SUMMARY_SHEET), styles);
            int chartRow = SummarySheet.write(summary, plan);
            if (ProgressSheet.applies(plan.workbook())) {
                ProgressSheet.write(new SheetWriter(xlsx.createSheet(ProgressSheet.NAME), styles), plan);
            }
            for (ExportPlan.Part part : plan.parts()) {
                step(monitor, step++, total, part.title());
                AssessmentSheet.write(new SheetWriter(xlsx.createSheet(part.gridSheet()), styles), part);
                step(monitor, step++, total, "Gap analysis — " + part.title());
                GapSheet.write(new SheetWriter(xlsx.createSheet(part.gapSheet()), styles), plan.workbook(), part);
            }
            if (ParticipantsSheet.applies(plan.workbook())) {
                ParticipantsSheet.write(new SheetWriter(xlsx.createSheet(ParticipantsSheet.NAME), styles), plan);
            }
            ExportMarker.write(xlsx, plan.workbook());
            SummarySheet.charts(summary, plan, chartRow, part -> xlsx.getSheet(part.gridSheet()));
            PrintLayout.footers(xlsx, plan.workbook());
            step(monitor, step, total, "Calculating formulas");
            // cached results let viewers that do not recalculate (previewers, some mobile apps) show numbers
            FormulaEvaluator evaluator = xlsx.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            xlsx.setActiveSheet(0);
            done = true;
            return xlsx;
        } finally {
            if (!done) {
                try {
                    xlsx.close();
                } catch (IOException ignored) {
                    // in-memory workbook: nothing to release
                }
            }
        }
    }

    private static void step(ExportMonitor monitor, int done, int total, String what) throws ExportException {
        if (monitor.isCancelled()) {
            throw new ExportException(ExportException.Kind.CANCELLED, "Export cancelled; no file was written.");
        }
        monitor.progress(done, total, what);
    }

    /** Fails early, before any work, when the target can obviously not be replaced. */
    static void checkTarget(Path file) throws ExportException {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(
                    ExportException.Kind.TARGET,
                    "The folder " + folder + " does not exist. Choose an existing folder.");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(
                    ExportException.Kind.TARGET, file + " is a folder. Choose a file name such as report.xlsx.");
        }
        if (Files.exists(file)) {
            if (isReadOnly(file)) {
                throw new ExportException(
                        ExportException.Kind.TARGET,
                        file.getFileName() + " is read-only, so it cannot be replaced. Choose another name or folder.");
            }
            // Windows refuses to open a file Excel has open; finding out now beats failing after the work
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE)) {
                // opened and closed unchanged
            } catch (IOException e) {
                throw locked(file, e);
            }
        }
    }

    /**
     * Read-only as the user meant it: the permission bits or the DOS attribute, not only whether this
     * process could write anyway (an administrator can, but should not silently replace such a file).
     */
    static boolean isReadOnly(Path file) {
        return WriteProblem.markedReadOnly(file);
    }

    static ExportException locked(Path file, IOException e) {
        return new ExportException(
                ExportException.Kind.TARGET,
                file.getFileName()
                        + " cannot be replaced: it is open in Excel or another program, or read-only. Close it, or choose another name.",
                e);
    }
}
