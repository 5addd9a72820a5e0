package com.cxworkbook.app;

import com.cxworkbook.domain.RatingRangeCheck;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.ExportException;
import com.cxworkbook.export.ExportResult;
import com.cxworkbook.export.PaperSize;
import com.cxworkbook.export.PdfExporter;
import com.cxworkbook.export.XlsxExporter;
import com.cxworkbook.io.Messages;
import com.cxworkbook.persistence.AppHome;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headless commands, run before (and instead of) JavaFX: {@code export <workbook.cxwb> <out.xlsx>}, or
 * {@code <out.pdf>} for the one-page summary (the format follows the extension; paper from the locale or
 * {@code --paper=a4|letter}), {@code import-gaps}, {@code --help}, {@code --version}. Scripts get an exit code and, on failure, exactly one line on stderr
 * saying what is wrong; the input is never written and no partial output file is left behind.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int BAD_TARGET = 4;
    public static final int CANCELLED = 5;

    static final String EXPORT = "export";
    static final String HELP = "--help";
    static final String VERSION = "--version";
    static final String USAGE_LINE =
            "usage: cxworkbook export <workbook.cxwb> <out.xlsx | out.pdf> [--paper=a4|letter]";
    static final String PAPER_OPTION = "--paper=";
    /** The commands that work without a display, for the help text and the "no display" message. */
    static final List<String> HEADLESS = List.of(
            "export",
            ImportGapsCommand.NAME,
            FrameworkCommands.TEMPLATE,
            FrameworkCommands.IMPORT,
            FrameworkCommands.EXPORT_JSON,
            HELP,
            VERSION,
            SelfTest.FLAG);

    static final Set<String> FRAMEWORK_COMMANDS =
            Set.of(FrameworkCommands.TEMPLATE, FrameworkCommands.IMPORT, FrameworkCommands.EXPORT_JSON);

    private Cli() {}

    /**
     * True when the arguments ask for a headless command rather than the window: a known command, or
     * something that is neither an option nor a workbook to open (answered with the usage, exit 2).
     */
    public static boolean handles(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (EXPORT.equals(first)
                || ImportGapsCommand.NAME.equals(first)
                || FRAMEWORK_COMMANDS.contains(first)
                || HELP.equals(first)
                || "-h".equals(first)
                || VERSION.equals(first)) {
            return true;
        }
        if (first.startsWith("-")) {
            return !first.startsWith("-D") && !first.startsWith("--trace");
        }
        return !opensAsWorkbook(first);
    }

    /** A first argument the window takes as the workbook to open: a .cxwb name or an existing file. */
    private static boolean opensAsWorkbook(String arg) {
        if (arg.toLowerCase(Locale.ROOT).endsWith(WorkbookStore.EXTENSION)) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, AppHome.dir());
    }

    /** @param home the settings folder whose framework library is used (tests pass an empty one) */
    static int run(String[] args, PrintStream out, PrintStream err, Path home) {
        try {
            if (args.length == 0 || HELP.equals(args[0]) || "-h".equals(args[0])) {
                out.print(help());
                return OK;
            }
            if (VERSION.equals(args[0])) {
                out.println("CX Maturity Workbook " + version());
                return OK;
            }
            if (ImportGapsCommand.NAME.equals(args[0])) {
                return ImportGapsCommand.run(args, out, err);
            }
            if (FRAMEWORK_COMMANDS.contains(args[0])) {
                return new FrameworkCommands(home, out, err).run(args);
            }
            if (!EXPORT.equals(args[0])) {
                err.println("cxworkbook: unknown command " + Messages.value(args[0]) + ". " + USAGE_LINE
                        + " (cxworkbook --help lists every command)");
                return USAGE;
            }
            return export(args, out, err, home);
        } catch (RuntimeException | LinkageError e) {
            return fail(
                    err,
                    FAILED,
                    "unexpected error (" + e.getClass().getSimpleName() + "): " + Messages.cut(e.getMessage(), 120)
                            + ". Please report this with the workbook file.");
        }
    }

    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    static String help() {
        return String.join(
                System.lineSeparator(),
                "CX Maturity Workbook " + version(),
                "usage: cxworkbook [workbook.cxwb]            open the app (on that workbook)",
                "       cxworkbook export <in.cxwb> <out.xlsx>  export a workbook to Excel, without a display",
                "       cxworkbook export <in.cxwb> <out.pdf> [--paper=a4|letter]",
                "                                               export the one-page summary as PDF",
                "       cxworkbook import-gaps <in.cxwb> <edited.xlsx> [--dry-run] [--apply-valid]",
                "                                               read back the client's edited gap sheets",
                "       cxworkbook framework-template <out.xlsx> [<framework-id>]",
                "                                               write a framework template (filled with that framework)",
                "       cxworkbook import-framework <file.xlsx|file.json>",
                "                                               check a framework and add it to your library",
                "       cxworkbook export-framework <framework-id> <out.json>",
                "                                               write a framework as JSON",
                "       cxworkbook --self-test                  check the installation and exit",
                "       cxworkbook --version                    print the version",
                "       cxworkbook --help                       print this help",
                "exit codes: 0 done; 1 unexpected error; 2 wrong arguments; 3 the workbook cannot be read or",
                "            exported (missing, corrupt, newer app, unknown framework, out-of-range ratings,",
                "            too many assessments); 4 the target cannot be written (folder missing, read-only,",
                "            open in another program, disk full); 5 cancelled",
                "");
    }

    private static int export(String[] args, PrintStream out, PrintStream err, Path home) {
        if (args.length != 3 && !(args.length == 4 && args[3].startsWith(PAPER_OPTION))) {
            return fail(err, USAGE, USAGE_LINE);
        }
        PaperSize paper = PaperSize.forLocale(Locale.getDefault(Locale.Category.FORMAT));
        if (args.length == 4) {
            paper = PaperSize.parse(args[3].substring(PAPER_OPTION.length()));
            if (paper == null) {
                return fail(err, USAGE, "paper must be a4 or letter: " + Messages.value(args[3]));
            }
        }
        Path input;
        Path target;
        try {
            input = Path.of(args[1]).toAbsolutePath();
            target = Path.of(args[2]).toAbsolutePath();
        } catch (InvalidPathException e) {
            return fail(err, USAGE, "not a valid file name: " + Messages.value(e.getInput()));
        }
        String name = target.getFileName() == null
                ? ""
                : target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = name.endsWith(".pdf");
        if (!pdf && !name.endsWith(".xlsx")) {
            // also guards against swapped arguments overwriting the workbook
            return fail(
                    err,
                    USAGE,
                    "the output file must end in .xlsx (Excel workbook) or .pdf (one-page summary): "
                            + Messages.cut(target.toString(), 120));
        }
        if (!Files.exists(input)) {
            return fail(err, BAD_INPUT, "workbook not found: " + Messages.cut(input.toString(), 120));
        }
        if (!Files.isRegularFile(input)) {
            return fail(err, BAD_INPUT, Messages.cut(input.toString(), 120) + " is not a workbook file");
        }
        Workbook workbook;
        try {
            workbook = new WorkbookStore().read(input);
        } catch (WorkbookReadException e) {
            return fail(err, BAD_INPUT, e.getMessage());
        }
        try {
            XlsxExporter.checkSize(workbook);
        } catch (ExportException e) {
            return fail(err, BAD_INPUT, input.getFileName() + ": " + e.getMessage());
        }
        // the user's frameworks and the ones the workbook carries count as much as the bundled ones
        FrameworkCatalog catalog = FrameworkCatalog.load(home).forWorkbook(workbook);
        if (!pdf) {
            try {
                XlsxExporter.checkFits(workbook, catalog::find);
            } catch (ExportException e) {
                return fail(err, BAD_INPUT, input.getFileName() + ": " + e.getMessage());
            }
        }
        List<String> outOfRange = RatingRangeCheck.problems(workbook, catalog::find);
        if (!outOfRange.isEmpty()) {
            return fail(
                    err,
                    BAD_INPUT,
                    input.getFileName() + " cannot be exported: "
                            + RatingRangeCheck.describe(outOfRange)
                                    .replace(" They are kept in the file but count as not rated.", "")
                            + " Correct them in the app or a text editor; the file has not been changed.");
        }
        try {
            if (pdf) {
                ExportResult result = PdfExporter.export(workbook, catalog::find, target, paper);
                out.println("Exported " + result.file() + " (one-page summary, " + paper.name()
                        + ", checked after writing)");
                return OK;
            }
            ExportResult result = XlsxExporter.export(workbook, catalog::find, target);
            out.println(
                    "Exported " + result.file() + " (" + result.sheets().size() + " sheets, checked after writing)");
            return OK;
        } catch (ExportException e) {
            int code =
                    switch (e.kind()) {
                        case INPUT -> BAD_INPUT;
                        case TARGET -> BAD_TARGET;
                        case CANCELLED -> CANCELLED;
                        case WRITE -> FAILED;
                    };
            return fail(err, code, e.getMessage());
        }
    }

    private static int fail(PrintStream err, int code, String message) {
        err.println("cxworkbook export: " + Messages.cut(String.valueOf(message), 400));
        return code;
    }
}
