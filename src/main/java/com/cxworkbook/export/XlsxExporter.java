package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.AtomicFileWriter;
import com.cxworkbook.io.Messages;
import com.cxworkbook.io.WriteProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook as an .xlsx file a client can open: a summary, one sheet per assessment and a
 * gap-analysis sheet per assessment. The file is written to a temp file in the target folder, read back
 * and checked, and only then moved over the target, so a failed or cancelled export never leaves a half
 * file under the user's name. Safe to call from any thread; it touches nothing but its arguments.
 */
public final class XlsxExporter {

    /**
     * The most assessments one export takes: two sheets each, built in memory and read back. 1,000 took 36 s
     * of CPU (4 minutes on the shared, overloaded test machine) and under 1 GB of heap (docs/PERFORMANCE.md).
     */
    public static final int MAX_ASSESSMENTS = 1000;

    /**
     * Heap an export needs per item row (one grid row and one gap row, built, then read back) and in all,
     * measured: 1,000 ICMI assessments (20,000 item rows) passed with a 1 GB heap and peaked near it.
     */
    static final long BYTES_PER_ITEM = 40L * 1024;

    static final long BYTES_BASE = 100L * 1024 * 1024;

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
        checkMemory(itemRows(plan), Runtime.getRuntime().maxMemory());
        Path file = target.toAbsolutePath();
        checkTarget(file);
        int total = plan.parts().size() * 2 + 4;
        VerificationReport[] report = new VerificationReport[1];
        // held only until written, so the read-back does not need room for two copies of a large workbook
        AtomicReference<XSSFWorkbook> built = new AtomicReference<>();
        try {
            built.set(build(plan, monitor, total));
            step(monitor, total - 2, total, "Writing " + file.getFileName());
            Path written = writer.write(file, out -> writeAndRelease(built, out), false, temp -> {
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
        } catch (OutOfMemoryError e) {
            // the up-front estimate (checkMemory) should prevent this; if it does not, the half-built
            // workbook is garbage once we return, and the user gets a sentence instead of a crash
            built.set(null);
            throw new ExportException(
                    ExportException.Kind.INPUT, outOfMemory(plan.parts().size()));
        } finally {
            built.set(null);
        }
    }

    /**
     * Writes the built workbook and lets go of it. Not closed: a new XSSFWorkbook holds no file, and its
     * close() would serialise the whole package a second time into a byte array (POI saves a package made
     * in memory into its stream on close), costing as much time and memory as the write itself.
     */
    private static void writeAndRelease(AtomicReference<XSSFWorkbook> built, OutputStream out) throws IOException {
        built.getAndSet(null).write(out);
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

    /**
     * Both up-front checks, cheap enough for the UI thread before the file dialog: the assessment limit and
     * whether the export fits in the memory the app may use. Unknown frameworks count no items here (the
     * export itself refuses them).
     */
    public static void checkFits(Workbook workbook, FrameworkLookup frameworks) throws ExportException {
        checkSize(workbook);
        long rows = 0;
        for (Assessment assessment : workbook.getAssessments()) {
            String id = assessment.getFrameworkId();
            rows += id == null
                    ? 0
                    : frameworks.find(id).map(f -> f.items().size()).orElse(0);
        }
        checkMemory(rows, Runtime.getRuntime().maxMemory());
    }

    /**
     * Refuses, before any work, an export that would not fit in the memory the app may use (its maximum heap),
     * so a very large workbook gets a sentence instead of an OutOfMemoryError minutes later.
     */
    static void checkMemory(long itemRows, long maxHeap) throws ExportException {
        long need = estimatedBytes(itemRows);
        if (need > maxHeap) {
            throw new ExportException(
                    ExportException.Kind.INPUT,
                    "This workbook is too large to export on this computer: about " + megabytes(need)
                            + " MB of memory needed, " + megabytes(maxHeap) + " MB available to the app."
                            + " Split the workbook (Save As, then remove assessments) and export each part.");
        }
    }

    static long itemRows(ExportPlan plan) {
        long rows = 0;
        for (ExportPlan.Part part : plan.parts()) {
            rows += part.framework().items().size();
        }
        return rows;
    }

    static long estimatedBytes(long itemRows) {
        return BYTES_BASE + itemRows * BYTES_PER_ITEM;
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    static String outOfMemory(int assessments) {
        return "There was not enough memory to export " + assessments + " assessments; nothing was written."
                + " Split the workbook (Save As, then remove assessments) and export each part.";
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
        // not closed on failure either: see writeAndRelease; an in-memory workbook is simply dropped
        XSSFWorkbook xlsx = new XSSFWorkbook();
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
            AssessmentSheet.write(new SheetWriter(xlsx.createSheet(part.gridSheet()), styles), plan, part);
            step(monitor, step++, total, "Gap analysis — " + part.title());
            GapSheet.write(new SheetWriter(xlsx.createSheet(part.gapSheet()), styles), plan, part);
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
        return xlsx;
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
