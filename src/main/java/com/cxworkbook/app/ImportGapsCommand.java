package com.cxworkbook.app;

import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.GapImport;
import com.cxworkbook.export.GapSheetReader;
import com.cxworkbook.export.ImportProblem;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code import-gaps <workbook.cxwb> <edited.xlsx> [--dry-run] [--apply-valid]}: reads the client's edited
 * gap sheets back into the workbook. Prints every change (old → new, per activity) on stdout and every
 * problem (sheet, row, column) on stderr. A file with problems changes nothing unless {@code --apply-valid}
 * is given, and then only the rows without problems are taken. The workbook is written atomically, with
 * the previous version kept as {@code .bak}.
 */
final class ImportGapsCommand {

    static final String NAME = "import-gaps";
    static final String DRY_RUN = "--dry-run";
    static final String APPLY_VALID = "--apply-valid";
    static final String USAGE_LINE =
            "usage: cxworkbook import-gaps <workbook.cxwb> <edited.xlsx> [--dry-run] [--apply-valid]";

    private ImportGapsCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean dryRun = false;
        boolean applyValid = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case DRY_RUN -> dryRun = true;
                case APPLY_VALID -> applyValid = true;
                default -> files.add(args[i]);
            }
        }
        if (files.size() != 2) {
            return fail(err, Cli.USAGE, USAGE_LINE);
        }
        Path workbookFile = Path.of(files.get(0)).toAbsolutePath();
        Path sheetFile = Path.of(files.get(1)).toAbsolutePath();
        if (!sheetFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            // also guards against swapped arguments
            return fail(err, Cli.USAGE, "the edited gap sheet must be an .xlsx file: " + sheetFile);
        }
        if (!Files.isRegularFile(workbookFile)) {
            return fail(err, Cli.BAD_INPUT, "workbook not found: " + workbookFile);
        }
        WorkbookStore store = new WorkbookStore();
        Workbook workbook;
        try {
            workbook = store.read(workbookFile);
        } catch (WorkbookReadException e) {
            return fail(err, Cli.BAD_INPUT, e.getMessage());
        }
        if (workbook.getFormatVersion() > Workbook.CURRENT_FORMAT_VERSION) {
            return fail(
                    err,
                    Cli.BAD_INPUT,
                    workbookFile.getFileName()
                            + " was saved by a newer version of the app; update the app to import into it.");
        }
        GapImport result = GapSheetReader.read(sheetFile, workbook, FrameworkCatalog.loadBundled()::find);
        for (ImportProblem problem : result.problems()) {
            err.println(NAME + ": " + oneLine(problem.toString()));
        }
        if (result.rejected()) {
            err.println(NAME + ": nothing was imported.");
            return Cli.BAD_INPUT;
        }
        print(out, result.changes());
        if (result.hasProblems() && !applyValid) {
            err.println(NAME + ": nothing was imported because of the problems above; fix them in "
                    + sheetFile.getFileName() + ", or run again with " + APPLY_VALID
                    + " to take the rows without problems.");
            return Cli.BAD_INPUT;
        }
        if (dryRun) {
            out.println(result.changes().size() + " change(s) found; nothing written (" + DRY_RUN + ").");
            return Cli.OK;
        }
        if (result.changes().isEmpty()) {
            out.println("No changes: the workbook already holds everything in " + sheetFile.getFileName() + ".");
            return Cli.OK;
        }
        GapChange.applyAll(workbook, result.changes());
        try {
            store.write(workbook, workbookFile);
        } catch (IOException e) {
            return fail(err, Cli.BAD_TARGET, WorkbookStore.describeWriteFailure(workbookFile, e));
        }
        out.println("Imported " + result.changes().size() + " change(s) into " + workbookFile.getFileName()
                + " (previous version kept as "
                + WorkbookStore.backupOf(workbookFile).getFileName() + ").");
        return Cli.OK;
    }

    private static void print(PrintStream out, List<GapChange> changes) {
        String last = null;
        for (GapChange change : changes) {
            String heading = change.assessmentTitle() + " — " + change.activity();
            if (!heading.equals(last)) {
                out.println(heading);
                last = heading;
            }
            out.println("  " + oneLine(change.describe()));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static int fail(PrintStream err, int code, String message) {
        err.println(NAME + ": " + oneLine(String.valueOf(message)));
        return code;
    }
}
