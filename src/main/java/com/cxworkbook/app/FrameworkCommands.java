package com.cxworkbook.app;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.export.ExportException;
import com.cxworkbook.export.FrameworkTemplateWriter;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.FrameworkJson;
import com.cxworkbook.ui.framework.FrameworkImporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The headless framework commands: {@code framework-template <out.xlsx> [<framework-id>]},
 * {@code import-framework <file.xlsx|file.json>} and {@code export-framework <framework-id> <out.json>}.
 * Exit codes as {@link Cli}; an import with errors prints one line per problem (sheet and cell, or JSON
 * path, and what to change) and installs nothing.
 */
final class FrameworkCommands {

    static final String TEMPLATE = "framework-template";
    static final String IMPORT = "import-framework";
    static final String EXPORT_JSON = "export-framework";

    private final Path home;
    private final PrintStream out;
    private final PrintStream err;

    FrameworkCommands(Path home, PrintStream out, PrintStream err) {
        this.home = home;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        return switch (args[0]) {
            case TEMPLATE -> template(args);
            case IMPORT -> importFramework(args);
            default -> exportJson(args);
        };
    }

    private int template(String[] args) {
        if (args.length < 2 || args.length > 3) {
            return fail(TEMPLATE, Cli.USAGE, "usage: cxworkbook " + TEMPLATE + " <out.xlsx> [<framework-id>]");
        }
        Path target = Path.of(args[1]).toAbsolutePath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return fail(TEMPLATE, Cli.USAGE, "the template must end in .xlsx: " + target);
        }
        try {
            if (args.length == 3) {
                Optional<Framework> framework = catalog().find(args[2]);
                if (framework.isEmpty()) {
                    return fail(
                            TEMPLATE,
                            Cli.BAD_INPUT,
                            "no framework \"" + args[2] + "\" in the library; installed: " + ids());
                }
                FrameworkTemplateWriter.write(framework.get(), target);
                out.println("Wrote " + target + " holding " + framework.get().name() + " "
                        + framework.get().version() + "; edit it, raise the version and import it again");
            } else {
                FrameworkTemplateWriter.writeBlank(target);
                out.println("Wrote " + target + " (a template with a filled-in example); fill it in and run " + IMPORT);
            }
            return Cli.OK;
        } catch (ExportException e) {
            return fail(TEMPLATE, Cli.BAD_TARGET, e.getMessage());
        }
    }

    private int importFramework(String[] args) {
        if (args.length != 2) {
            return fail(IMPORT, Cli.USAGE, "usage: cxworkbook " + IMPORT + " <file.xlsx|file.json>");
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            return fail(IMPORT, Cli.BAD_INPUT, "file not found: " + file);
        }
        FrameworkImporter importer = new FrameworkImporter(home);
        FrameworkImporter.Checked checked = importer.check(file, catalog());
        if (checked.status() == FrameworkImporter.Status.REFUSED) {
            fail(IMPORT, Cli.BAD_INPUT, file.getFileName() + ": " + checked.summary());
            checked.problems().forEach(p -> err.println("  " + p));
            return Cli.BAD_INPUT;
        }
        if (!checked.installable()) {
            out.println(checked.summary());
            return Cli.OK;
        }
        try {
            Path installed = importer.install(checked);
            out.println(checked.summary() + " Installed as " + installed + ".");
            return Cli.OK;
        } catch (IOException e) {
            return fail(
                    IMPORT,
                    Cli.BAD_TARGET,
                    "could not write to the framework folder " + importer.folder() + " (" + e.getMessage()
                            + "); check it is writable");
        }
    }

    private int exportJson(String[] args) {
        if (args.length != 3) {
            return fail(EXPORT_JSON, Cli.USAGE, "usage: cxworkbook " + EXPORT_JSON + " <framework-id> <out.json>");
        }
        Optional<Framework> framework = catalog().find(args[1]);
        if (framework.isEmpty()) {
            return fail(
                    EXPORT_JSON, Cli.BAD_INPUT, "no framework \"" + args[1] + "\" in the library; installed: " + ids());
        }
        Path target = Path.of(args[2]).toAbsolutePath();
        try {
            Files.write(target, FrameworkJson.toBytes(framework.get()));
        } catch (IOException e) {
            return fail(EXPORT_JSON, Cli.BAD_TARGET, target + " could not be written (" + e.getMessage() + ")");
        }
        out.println("Wrote " + target);
        return Cli.OK;
    }

    private FrameworkCatalog catalog() {
        return FrameworkCatalog.load(home);
    }

    private String ids() {
        return catalog().frameworks().stream().map(Framework::id).collect(Collectors.joining(", "));
    }

    private int fail(String command, int code, String message) {
        err.println("cxworkbook " + command + ": " + String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " "));
        return code;
    }
}
