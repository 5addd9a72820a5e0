package com.cxworkbook.ui.framework;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkChanges;
import com.cxworkbook.export.FrameworkTemplateReader;
import com.cxworkbook.export.TemplateImport;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.FrameworkLoadResult;
import com.cxworkbook.persistence.UserFrameworks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Brings a framework into the user's library from a spreadsheet template or a framework JSON file: read
 * and validate (same rules as the bundled files), compare with what is installed, and install. Plain Java
 * without JavaFX, so the import dialog and the {@code import-framework} command share it. Nothing is
 * written unless the file is free of errors and the framework is new or a new version.
 */
public final class FrameworkImporter {

    /** What an import found or did. */
    public enum Status {
        /** The file has errors; nothing was installed. */
        REFUSED,
        /** The same id and version is installed with the same content: nothing to do. */
        UNCHANGED,
        /** A framework with a new id, ready to install or installed. */
        NEW_FRAMEWORK,
        /** A new version of an installed id; the old version is kept for workbooks rated on it. */
        NEW_VERSION
    }

    /**
     * @param framework the framework read (null when refused)
     * @param changes   against the installed current version (null for a new framework or a refusal)
     * @param problems  one line each: where (sheet and cell, or JSON path) and what to change
     */
    public record Checked(
            Status status, Framework framework, Framework installed, FrameworkChanges changes, List<String> problems) {

        public Checked {
            problems = List.copyOf(problems);
        }

        /** One paragraph for a dialog or the command line. */
        public String summary() {
            return switch (status) {
                case REFUSED -> "Not imported: " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                        + " to correct first.";
                case UNCHANGED -> framework.name() + " " + framework.version()
                        + " is already in the library: no changes.";
                case NEW_FRAMEWORK -> framework.name() + " " + framework.version() + " (" + framework.itemCount()
                        + " items in " + framework.sections().size() + " sections) is new to the library.";
                case NEW_VERSION -> framework.name() + " " + framework.version() + " is a new version of "
                        + installed.name() + " " + installed.version() + ": " + changes.describe() + ". Version "
                        + installed.version() + " is kept for workbooks rated on it.";
            };
        }

        public boolean installable() {
            return status == Status.NEW_FRAMEWORK || status == Status.NEW_VERSION;
        }
    }

    private final UserFrameworks folder;

    public FrameworkImporter(Path home) {
        this.folder = new UserFrameworks(home);
    }

    public Path folder() {
        return folder.folder();
    }

    /** Reads and checks a file against the library; writes nothing. */
    public Checked check(Path file, FrameworkCatalog catalog) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            TemplateImport read = FrameworkTemplateReader.read(file);
            if (!read.ok()) {
                return refused(read.problems().stream().map(Object::toString).toList());
            }
            return compare(read.framework(), catalog);
        }
        if (name.endsWith(".json")) {
            FrameworkLoadResult read = FrameworkCatalog.readFile(file);
            if (!read.loaded()) {
                return refused(read.problems().stream()
                        .map(p -> p.path() + ": " + p.message())
                        .toList());
            }
            return compare(read.framework(), catalog);
        }
        return refused(List.of(file.getFileName() + ": not a framework file. Choose a filled-in template (.xlsx)"
                + " or a framework file (.json)"));
    }

    /** Where a checked framework stands against the library: new, a new version, unchanged or a clash. */
    public Checked compare(Framework framework, FrameworkCatalog catalog) {
        Optional<Framework> sameVersion = catalog.find(framework.id(), framework.version());
        if (sameVersion.isPresent()) {
            FrameworkChanges changes = FrameworkChanges.between(sameVersion.get(), framework);
            if (changes.none()) {
                return new Checked(Status.UNCHANGED, framework, sameVersion.get(), changes, List.of());
            }
            return refused(
                    List.of("Version " + framework.version() + " of " + framework.id() + " is already in the library"
                            + " with different content (" + changes.describe() + "). Raise the Version (e.g. to "
                            + nextVersion(framework.version()) + ") so workbooks rated on " + framework.version()
                            + " keep it"));
        }
        Optional<Framework> current = catalog.find(framework.id());
        if (current.isEmpty()) {
            return new Checked(Status.NEW_FRAMEWORK, framework, null, null, List.of());
        }
        return new Checked(
                Status.NEW_VERSION,
                framework,
                current.get(),
                FrameworkChanges.between(current.get(), framework),
                List.of());
    }

    /** Installs a checked framework (new, or a new version) in the user's framework folder. */
    public Path install(Checked checked) throws IOException {
        if (!checked.installable()) {
            throw new IllegalArgumentException("nothing to install: " + checked.status());
        }
        return folder.install(checked.framework());
    }

    /** Keeps a checked framework as an older version beside the current one; which version is current stays. */
    public Path keep(Checked checked) throws IOException {
        if (!checked.installable()) {
            throw new IllegalArgumentException("nothing to keep: " + checked.status());
        }
        return folder.keep(checked.framework());
    }

    private static Checked refused(List<String> problems) {
        return new Checked(Status.REFUSED, null, null, null, problems);
    }

    static String nextVersion(String version) {
        int dot = version.lastIndexOf('.');
        try {
            if (dot >= 0) {
                return version.substring(0, dot + 1) + (Integer.parseInt(version.substring(dot + 1)) + 1);
            }
            return Integer.toString(Integer.parseInt(version) + 1);
        } catch (NumberFormatException e) {
            return version + "-2";
        }
    }
}
