package com.cxworkbook.persistence;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.Messages;
import com.cxworkbook.persistence.WorkbookReadException.Kind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
 */
public final class WorkbookReader {

    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_EMBEDDED_FRAMEWORKS = 50;
    private static final String CHOOSE_ANOTHER = "Choose a .cxwb file saved by CX Maturity Workbook.";
    private static final String UNCHANGED = "The file has not been changed.";

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
        } catch (StreamConstraintsException e) {
            throw new WorkbookReadException(
                    Kind.TOO_LARGE,
                    name,
                    name + " holds " + limitBroken(e.getOriginalMessage())
                            + " than any workbook, so it is not a workbook file. " + CHOOSE_ANOTHER,
                    e);
        } catch (JsonEOFException e) {
            throw truncated(name, e);
        } catch (JsonProcessingException e) {
            String original = firstLine(e.getOriginalMessage());
            if (original.startsWith("Duplicate field")) {
                String field = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
                throw badValue(name, "$", "the field " + WorkbookShape.quote(field) + " appears twice", e);
            }
            if (original.contains("end-of-input")) {
                throw truncated(name, e);
            }
            if (original.startsWith("Trailing token")) {
                throw new WorkbookReadException(
                        Kind.NOT_JSON,
                        name,
                        name + " has more text after the end of the workbook"
                                + where(e)
                                + ", e.g. two files pasted together. Remove the extra text in a text editor. "
                                + backupHint(name, null) + " " + UNCHANGED,
                        e);
            }
            throw new WorkbookReadException(
                    Kind.NOT_JSON,
                    name,
                    name + " is not a workbook file: it is not valid JSON" + where(e) + ". " + CHOOSE_ANOTHER,
                    e);
        } catch (IOException e) {
            throw new WorkbookReadException(
                    Kind.NOT_JSON,
                    name,
                    name + " is not a workbook file: its text is not" + " UTF-8 JSON. " + CHOOSE_ANOTHER,
                    e);
        }
    }

    private static WorkbookReadException truncated(String name, JsonProcessingException e) {
        return new WorkbookReadException(
                Kind.TRUNCATED,
                name,
                name + " ends too early" + where(e)
                        + ": it was cut off, e.g. by an interrupted copy or download. "
                        + backupHint(name, "a new copy of the file")
                        + " " + UNCHANGED,
                e);
    }

    private static String limitBroken(String jacksonMessage) {
        String text = jacksonMessage == null ? "" : jacksonMessage;
        if (text.contains("nesting depth")) {
            return "data nested deeper";
        }
        if (text.contains("Number value length")) {
            return "a number with more digits";
        }
        if (text.contains("String value length")) {
            return "a text longer";
        }
        return "a value larger";
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

    private static WorkbookReadException badValue(String name, String path, String what, Throwable cause) {
        return new WorkbookReadException(
                Kind.BAD_VALUE,
                name,
                name + " has a value this app cannot read: at "
                        + Messages.cut(path, 120) + ", " + Messages.cut(what, 200) + ". Correct it in a text editor. "
                        + backupHint(name, null) + " " + UNCHANGED,
                cause);
    }

    /** Where an older good copy may be; a file that is itself the backup does not point at "x.bak.bak". */
    static String backupHint(String name, String otherwise) {
        if (name.endsWith(WorkbookStore.BACKUP_SUFFIX)) {
            return "This is already the backup copy; "
                    + (otherwise == null ? "look for another copy of the workbook." : "try " + otherwise + ".");
        }
        return "Or open " + name + WorkbookStore.BACKUP_SUFFIX + " beside it if there is one"
                + (otherwise == null ? "." : ", or " + otherwise + ".");
    }

    private static WorkbookReadException unreadable(String name, IOException e) {
        return new WorkbookReadException(
                Kind.UNREADABLE,
                name,
                name + " could not be read (" + Messages.cut(firstLine(e.getMessage()), 80)
                        + "). Check that the drive or network folder is available and try again.",
                e);
    }

    private static WorkbookReadException tooLarge(String name, long size) {
        return new WorkbookReadException(
                Kind.TOO_LARGE,
                name,
                name + " is "
                        + (size > MAX_FILE_BYTES
                                ? "larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB"
                                : size + " bytes")
                        + ", far larger than any workbook, so it is"
                        + " probably not a workbook file. " + CHOOSE_ANOTHER);
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String parentOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? "the given path" : parent.toString();
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
