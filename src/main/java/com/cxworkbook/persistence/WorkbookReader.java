package com.cxworkbook.persistence;

import static com.cxworkbook.persistence.WorkbookReadFailures.CHOOSE_ANOTHER;
import static com.cxworkbook.persistence.WorkbookReadFailures.UNCHANGED;
import static com.cxworkbook.persistence.WorkbookReadFailures.backupHint;
import static com.cxworkbook.persistence.WorkbookReadFailures.badValue;
import static com.cxworkbook.persistence.WorkbookReadFailures.tooLarge;
import static com.cxworkbook.persistence.WorkbookReadFailures.unreadable;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.Messages;
import com.cxworkbook.persistence.WorkbookReadException.Kind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads workbook files. Reading never changes the file and turns every kind of bad input into a
 * {@link WorkbookReadException} whose message is one line: what is wrong and what the user can do, without
 * naming menus (each caller adds its own way out, e.g. the app's File menu). The JSON is parsed to a tree
 * first so "not JSON", "JSON but not a workbook" and "a workbook from a newer app" are told apart, then
 * {@link WorkbookShape} checks every known value's type before anything is mapped. Linear in the file size.
 * The messages are {@link WorkbookReadFailures}'.
 */
public final class WorkbookReader {

    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_EMBEDDED_FRAMEWORKS = 50;

    public Workbook read(Path file) throws WorkbookReadException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new WorkbookReadException(
                    Kind.UNREADABLE, name, name + " is a folder, not a workbook file. " + CHOOSE_ANOTHER);
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
                return read(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new WorkbookReadException(
                    Kind.NOT_FOUND,
                    name,
                    name + " was not found at " + parentOf(file) + ". It may have been moved, renamed or deleted.",
                    e);
        } catch (AccessDeniedException e) {
            throw new WorkbookReadException(
                    Kind.UNREADABLE,
                    name,
                    name
                            + " could not be read: permission denied. Ask the file's owner for access or copy it to your own folder.",
                    e);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** Reads a workbook from a stream (a bundled resource, an upload); {@code name} is used in messages. */
    public Workbook read(String name, InputStream in) throws WorkbookReadException {
        byte[] bytes;
        try {
            bytes = BoundedReader.readAtMost(in, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        if (bytes == null) {
            throw tooLarge(name, MAX_FILE_BYTES + 1);
        }
        return parse(name, bytes);
    }

    /** Parses a workbook held in memory; see {@link #read(Path)} for the checks. */
    public Workbook parse(String name, byte[] bytes) throws WorkbookReadException {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        checkNotEmpty(name, bytes, start);
        JsonNode root = parseTree(name, bytes, start);
        ObjectNode object = checkIsWorkbook(name, root);
        checkFormatVersion(name, object);
        try {
            WorkbookShape.check(object);
        } catch (WorkbookShape.Problem problem) {
            throw badValue(name, problem.path, problem.getMessage(), null);
        }
        JsonNode embedded = object.remove(WorkbookStore.FRAMEWORKS);
        Workbook workbook;
        try {
            workbook = WorkbookJson.mapper().treeToValue(object, Workbook.class);
        } catch (JsonProcessingException e) {
            throw badValue(name, JsonErrors.path(e), JsonErrors.message(e), e);
        }
        readEmbeddedFrameworks(name, embedded, workbook);
        return workbook;
    }

    /**
     * Each embedded framework is checked by the same rules as a framework file. One this app cannot read
     * (a newer app's, or damaged) is kept as plain data and written back, never dropped.
     */
    private static void readEmbeddedFrameworks(String name, JsonNode embedded, Workbook workbook)
            throws WorkbookReadException {
        if (embedded == null || embedded.isNull()) {
            return;
        }
        if (!embedded.isArray()) {
            throw badValue(name, "$." + WorkbookStore.FRAMEWORKS, "expected a list of frameworks", null);
        }
        if (embedded.size() > MAX_EMBEDDED_FRAMEWORKS) {
            throw badValue(
                    name,
                    "$." + WorkbookStore.FRAMEWORKS,
                    "holds " + embedded.size() + " frameworks; a workbook carries at most " + MAX_EMBEDDED_FRAMEWORKS,
                    null);
        }
        for (int i = 0; i < embedded.size(); i++) {
            String path = "$." + WorkbookStore.FRAMEWORKS + "[" + i + "]";
            FrameworkLoadResult result = FrameworkCatalog.read(name + " " + path, embedded.get(i));
            if (result.loaded()) {
                workbook.getFrameworks().add(result.framework());
            } else {
                try {
                    workbook.getUnreadableFrameworks()
                            .add(WorkbookJson.mapper().treeToValue(embedded.get(i), Object.class));
                } catch (JsonProcessingException e) {
                    throw badValue(name, path, JsonErrors.message(e), e);
                }
            }
        }
    }

    private static void checkNotEmpty(String name, byte[] bytes, int start) throws WorkbookReadException {
        boolean blank = true;
        boolean zeros = bytes.length > start;
        for (int i = start; i < bytes.length && (blank || zeros); i++) {
            byte b = bytes[i];
            blank &= b == ' ' || b == '\n' || b == '\r' || b == '\t';
            zeros &= b == 0;
        }
        if (zeros) {
            throw new WorkbookReadException(
                    Kind.EMPTY,
                    name,
                    name + " holds only zero bytes, as a file does when a save"
                            + " was cut off by a crash or power loss. " + backupHint(name, "a recovery copy"));
        }
        if (blank) {
            throw new WorkbookReadException(
                    Kind.EMPTY, name, name + " is empty, so it holds no workbook. " + backupHint(name, null));
        }
    }

    private static JsonNode parseTree(String name, byte[] bytes, int start) throws WorkbookReadException {
        ObjectReader reader = WorkbookJson.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            return reader.readTree(bytes, start, bytes.length - start);
        } catch (IOException e) {
            throw WorkbookReadFailures.unparsable(name, e);
        }
    }

    private static ObjectNode checkIsWorkbook(String name, JsonNode root) throws WorkbookReadException {
        if (root == null || root.isMissingNode()) {
            throw new WorkbookReadException(
                    Kind.EMPTY, name, name + " is empty, so it holds no workbook. " + backupHint(name, null));
        }
        if (!root.isObject()) {
            String what = root.isArray() ? "a JSON list" : root.isNull() ? "just null" : "a single JSON value";
            throw new WorkbookReadException(
                    Kind.NOT_A_WORKBOOK, name, name + " holds " + what + ", not a workbook. " + CHOOSE_ANOTHER);
        }
        ObjectNode object = (ObjectNode) root;
        if (!object.has("formatVersion")) {
            String what;
            if (object.has("sections") && object.has("scoring")) {
                what =
                        " is a framework file, not a workbook. Framework files are added to the app, not opened as workbooks.";
            } else if (object.has("assessments")) {
                what = " has assessments but no formatVersion, so it was not saved by CX Maturity Workbook."
                        + " Add \"formatVersion\": 1 in a text editor if you made it by hand.";
            } else {
                what = " is JSON but not a workbook: it has neither formatVersion nor assessments. " + CHOOSE_ANOTHER;
            }
            throw new WorkbookReadException(Kind.NOT_A_WORKBOOK, name, name + what);
        }
        return object;
    }

    private static void checkFormatVersion(String name, ObjectNode object) throws WorkbookReadException {
        JsonNode version = object.get("formatVersion");
        if (!version.isIntegralNumber()) {
            throw badValue(
                    name,
                    "$.formatVersion",
                    "expected a whole number such as 1 but found " + WorkbookShape.describe(version),
                    null);
        }
        if (!version.canConvertToInt() || version.intValue() > Workbook.CURRENT_FORMAT_VERSION) {
            throw new WorkbookReadException(
                    Kind.NEWER_VERSION,
                    name,
                    name + " was made by a newer version of"
                            + " CX Maturity Workbook (file format " + Messages.value(version.asText())
                            + "; this app reads up to "
                            + Workbook.CURRENT_FORMAT_VERSION + "). Update the app to open it. " + UNCHANGED);
        }
        if (version.intValue() < 1) {
            throw badValue(name, "$.formatVersion", "format versions start at 1 but the file says " + version, null);
        }
    }

    private static String parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "the given path" : parent.toString();
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
