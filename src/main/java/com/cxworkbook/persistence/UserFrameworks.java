package com.cxworkbook.persistence;

import com.cxworkbook.domain.Framework;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user's framework folder, {@code <settings folder>/frameworks}: one {@code <id>.json} per imported
 * framework (its current version) and {@code older/<id>@<version>.json} for every version it replaced, so
 * workbooks rated on an older version still open on the wording they were rated on. Files are written
 * atomically in the format the catalog reads; the catalog validates them again on every start.
 */
public final class UserFrameworks {

    public static final String FOLDER = "frameworks";
    static final String OLDER = "older";
    /** More files than any consultancy has frameworks: a folder with more is not read past this. */
    static final int MAX_FILES = 500;

    private final Path folder;

    public UserFrameworks(Path home) {
        this.folder = home.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    List<Path> currentFiles(List<FrameworkLoadProblem> problems) {
        return jsonFiles(folder, problems);
    }

    List<Path> olderFiles(List<FrameworkLoadProblem> problems) {
        return jsonFiles(folder.resolve(OLDER), problems);
    }

    private static List<Path> jsonFiles(Path dir, List<FrameworkLoadProblem> problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : stream) {
                if (files.size() == MAX_FILES) {
                    problems.add(new FrameworkLoadProblem(
                            dir.toString(),
                            "$",
                            "holds more than " + MAX_FILES + " framework files; only the first " + MAX_FILES
                                    + " were read"));
                    break;
                }
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            problems.add(new FrameworkLoadProblem(dir.toString(), "$", "could not be read: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    /** The file holding the current version of a framework id. */
    public Path currentFile(String id) {
        return folder.resolve(id + ".json");
    }

    /**
     * Makes {@code framework} the current version of its id. A different version already current is moved
     * to {@code older/} first (never overwritten), so workbooks rated on it keep it.
     *
     * @return the file written
     */
    public Path install(Framework framework) throws IOException {
        Files.createDirectories(folder);
        Path current = currentFile(framework.id());
        if (Files.isRegularFile(current)) {
            FrameworkLoadResult installed = FrameworkCatalog.readFile(current);
            if (installed.loaded() && !installed.framework().version().equals(framework.version())) {
                Path older = folder.resolve(OLDER);
                Files.createDirectories(older);
                Path kept = older.resolve(
                        framework.id() + "@" + safe(installed.framework().version()) + ".json");
                if (!Files.exists(kept)) {
                    Files.copy(current, kept, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        new WorkbookStore().writeBytes(FrameworkJson.toBytes(framework), current, false);
        return current;
    }

    /**
     * Keeps {@code framework} as an older version beside the current one (e.g. the copy a workbook carries
     * of a version the library has replaced), without changing which version is current.
     */
    public Path keep(Framework framework) throws IOException {
        Path older = Files.createDirectories(folder.resolve(OLDER));
        Path kept = older.resolve(framework.id() + "@" + safe(framework.version()) + ".json");
        new WorkbookStore().writeBytes(FrameworkJson.toBytes(framework), kept, false);
        return kept;
    }

    /** A version string as part of a file name: letters, digits, '.', '-' and '_' only. */
    static String safe(String version) {
        String cleaned = version.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "v" + cleaned.toLowerCase(Locale.ROOT) : cleaned;
    }
}
