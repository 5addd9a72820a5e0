package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook as an .xlsx file a client can open: a summary, one sheet per assessment and a
 * gap-analysis sheet per assessment. The file is written to a temp file in the target folder, read back
 * and checked, and only then moved over the target, so a failed or cancelled export never leaves a half
 * file under the user's name. Safe to call from any thread; it touches nothing but its arguments.
 */
public final class XlsxExporter {

    private final FrameworkLookup frameworks;

    public XlsxExporter(FrameworkLookup frameworks) {
        this.frameworks = frameworks;
    }

    /** One-call export for the CLI and the installer's self-test: write, check, move into place. */
    public static ExportResult export(Workbook workbook, FrameworkLookup frameworks, Path target) throws ExportException {
        return new XlsxExporter(frameworks).export(workbook, target, ExportMonitor.NONE);
    }

    public ExportResult export(Workbook workbook, Path target, ExportMonitor monitor) throws ExportException {
        ExportPlan plan = ExportPlan.of(workbook, frameworks);
        Path file = target.toAbsolutePath();
        checkTarget(file);
        int total = plan.parts().size() * 2 + 4;
        Path temp = createTemp(file);
        try {
            try (XSSFWorkbook xlsx = build(plan, monitor, total)) {
                step(monitor, total - 2, total, "Writing " + file.getFileName());
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    xlsx.write(out);
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new ExportException(ExportException.Kind.WRITE, "Could not write " + file.getFileName() + ": "
                        + reason(e) + ". Check there is free disk space, or choose another folder.", e);
            }
            step(monitor, total - 1, total, "Checking the file");
            VerificationReport report = XlsxVerifier.verify(temp, plan);
            if (!report.ok()) {
                throw new ExportException(ExportException.Kind.WRITE, "The exported file failed its check ("
                        + String.join("; ", report.problems()) + "), so it was not saved. Please report this.");
            }
            step(monitor, total, total, "Saving " + file.getFileName());
            moveIntoPlace(temp, file);
            monitor.progress(total, total, "Exported");
            return new ExportResult(file, plan.sheetNames(), report);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temp file is hidden and named after the target; a leftover is harmless
            }
        }
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
            SummarySheet.write(new SheetWriter(xlsx.createSheet(ExportPlan.SUMMARY_SHEET), styles), plan);
            for (ExportPlan.Part part : plan.parts()) {
                step(monitor, step++, total, part.title());
                AssessmentSheet.write(new SheetWriter(xlsx.createSheet(part.gridSheet()), styles), part);
                step(monitor, step++, total, "Gap analysis — " + part.title());
                GapSheet.write(new SheetWriter(xlsx.createSheet(part.gapSheet()), styles), plan.workbook(), part);
            }
            if (ParticipantsSheet.applies(plan.workbook())) {
                ParticipantsSheet.write(new SheetWriter(xlsx.createSheet(ParticipantsSheet.NAME), styles), plan);
            }
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
            throw new ExportException(ExportException.Kind.TARGET, "The folder " + folder
                    + " does not exist. Choose an existing folder.");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportException.Kind.TARGET, file + " is a folder. Choose a file name such as report.xlsx.");
        }
        if (Files.exists(file)) {
            if (isReadOnly(file)) {
                throw new ExportException(ExportException.Kind.TARGET, file.getFileName()
                        + " is read-only, so it cannot be replaced. Choose another name or folder.");
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
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
                return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
            }
            if (Files.getFileStore(file).supportsFileAttributeView(DosFileAttributeView.class)) {
                return Boolean.TRUE.equals(Files.getAttribute(file, "dos:readonly"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }

    private static Path createTemp(Path file) throws ExportException {
        try {
            return Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw new ExportException(ExportException.Kind.TARGET, "You cannot write to the folder " + file.getParent()
                    + ". Choose another folder.", e);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.TARGET, "Could not create a file in " + file.getParent()
                    + ": " + reason(e) + ". Choose another folder.", e);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws ExportException {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw locked(file, e);
        } catch (IOException e) {
            throw new ExportException(ExportException.Kind.WRITE, "Could not save " + file.getFileName() + ": "
                    + reason(e) + ".", e);
        }
    }

    private static ExportException locked(Path file, IOException e) {
        return new ExportException(ExportException.Kind.TARGET, file.getFileName()
                + " cannot be replaced: it is open in Excel or another program, or read-only. Close it, or choose another name.", e);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder or file disappeared";
        }
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
