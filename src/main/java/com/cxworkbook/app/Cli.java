package com.cxworkbook.app;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.ExportException;
import com.cxworkbook.export.ExportResult;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.persistence.AppHome;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Headless commands, run before (and instead of) JavaFX: {@code export <workbook.cxwb> <out.xlsx>}.
 * Scripts get an exit code and, on failure, exactly one line on stderr saying what is wrong; the input is
 * never written and no partial output file is left behind.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int BAD_TARGET = 4;
    public static final int CANCELLED = 5;

    static final String EXPORT = "export";
    static final String USAGE_LINE = "usage: cxworkbook export <workbook.cxwb> <out.xlsx>";
    static final java.util.Set<String> FRAMEWORK_COMMANDS = java.util.Set.of(FrameworkCommands.TEMPLATE,
            FrameworkCommands.IMPORT, FrameworkCommands.EXPORT_JSON);

    private Cli() {
    }

    /** True when the arguments ask for a headless command rather than the window. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (EXPORT.equals(args[0]) || FRAMEWORK_COMMANDS.contains(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, AppHome.dir());
    }

    /** @param home the settings folder whose framework library is used (tests pass an empty one) */
    static int run(String[] args, PrintStream out, PrintStream err, Path home) {
        try {
            if (args.length > 0 && FRAMEWORK_COMMANDS.contains(args[0])) {
                return new FrameworkCommands(home, out, err).run(args);
            }
            return export(args, out, err, home);
        } catch (RuntimeException | LinkageError e) {
            return fail(err, FAILED, "unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + ". Please report this with the workbook file.");
        }
    }

    private static int export(String[] args, PrintStream out, PrintStream err, Path home) {
        if (args.length != 3) {
            return fail(err, USAGE, USAGE_LINE);
        }
        Path input = Path.of(args[1]).toAbsolutePath();
        Path target = Path.of(args[2]).toAbsolutePath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            // also guards against swapped arguments overwriting the workbook
            return fail(err, USAGE, "the output file must end in .xlsx: " + target);
        }
        if (!Files.exists(input)) {
            return fail(err, BAD_INPUT, "workbook not found: " + input);
        }
        if (!Files.isRegularFile(input)) {
            return fail(err, BAD_INPUT, input + " is not a workbook file");
        }
        Workbook workbook;
        try {
            workbook = new WorkbookStore().read(input);
        } catch (WorkbookReadException e) {
            return fail(err, BAD_INPUT, e.getMessage());
        }
        if (workbook.getFormatVersion() > Workbook.CURRENT_FORMAT_VERSION) {
            return fail(err, BAD_INPUT, input.getFileName() + " was saved by a newer version of the app (format "
                    + workbook.getFormatVersion() + "; this one reads up to " + Workbook.CURRENT_FORMAT_VERSION
                    + "). Update the app to export it.");
        }
        // the user's frameworks and the ones the workbook carries count as much as the bundled ones
        FrameworkCatalog catalog = FrameworkCatalog.load(home).forWorkbook(workbook);
        try {
            ExportResult result = XlsxExporter.export(workbook, catalog::find, target);
            out.println("Exported " + result.file() + " (" + result.sheets().size() + " sheets, checked after writing)");
            return OK;
        } catch (ExportException e) {
            int code = switch (e.kind()) {
                case INPUT -> BAD_INPUT;
                case TARGET -> BAD_TARGET;
                case CANCELLED -> CANCELLED;
                case WRITE -> FAILED;
            };
            return fail(err, code, e.getMessage());
        }
    }

    private static int fail(PrintStream err, int code, String message) {
        err.println("cxworkbook export: " + String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " "));
        return code;
    }
}
