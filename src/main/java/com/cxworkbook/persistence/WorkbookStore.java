package com.cxworkbook.persistence;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Workbook;
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
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads and writes workbook files.
 *
 * <p>Reading never changes the file and turns every kind of bad input into a {@link WorkbookReadException}
 * whose message is one line: what is wrong and what the user can do. The JSON is parsed to a tree first so
 * "not JSON", "JSON but not a workbook" and "a workbook from a newer app" are told apart before any value
 * is mapped.
 *
 * <p>Writing goes to a temp file in the same folder, is forced to disk, the previous version is copied to
 * {@code name.cxwb.bak}, and only then is the temp file moved over the old one, so a crash or a full disk
 * mid-save leaves the previous version intact.
 */
public final class WorkbookStore {

    public static final String EXTENSION = ".cxwb";
    public static final String BACKUP_SUFFIX = ".bak";
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final String CHOOSE_ANOTHER = "Choose a .cxwb file saved by CX Maturity Workbook.";
    private static final String UNCHANGED = "The file has not been changed.";

    private final UnaryOperator<OutputStream> outputWrapper;

    public WorkbookStore() {
        this(UnaryOperator.identity());
    }

    /** For tests: wraps the temp file's stream, e.g. with one that fails half-way. */
    WorkbookStore(UnaryOperator<OutputStream> outputWrapper) {
        this.outputWrapper = outputWrapper;
    }

    /** The backup kept beside a workbook: the version before the last save. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    public Workbook read(Path file) throws WorkbookReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new WorkbookReadException(Kind.UNREADABLE, name,
                    name + " is a folder, not a workbook file. " + CHOOSE_ANOTHER);
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
            throw new WorkbookReadException(Kind.NOT_FOUND, name, name + " was not found at " + parentOf(file)
                    + ". It may have been moved, renamed or deleted; use File › Open… to find it.", e);
        } catch (AccessDeniedException e) {
            throw new WorkbookReadException(Kind.UNREADABLE, name, name
                    + " could not be read: permission denied. Ask the file's owner for access or copy it to your own folder.", e);
        } catch (IOException e) {
            throw new WorkbookReadException(Kind.UNREADABLE, name, name + " could not be read (" + e.getMessage()
                    + "). Check that the drive or network folder is available and try again.", e);
        }
    }

    /** Reads a workbook from a stream (a bundled resource, an upload); {@code name} is used in messages. */
    public Workbook read(String name, InputStream in) throws WorkbookReadException {
        byte[] bytes;
        try {
            bytes = BoundedReader.readAtMost(in, MAX_FILE_BYTES);
        } catch (IOException e) {
            throw new WorkbookReadException(Kind.UNREADABLE, name, name + " could not be read (" + e.getMessage()
                    + "). Check that the drive or network folder is available and try again.", e);
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
        Workbook workbook;
        try {
            workbook = WorkbookJson.mapper().treeToValue(object, Workbook.class);
        } catch (JsonProcessingException e) {
            throw badValue(name, JsonErrors.path(e), JsonErrors.message(e), e);
        }
        checkValues(name, workbook);
        return workbook;
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
            throw new WorkbookReadException(Kind.EMPTY, name, name + " holds only zero bytes, as a file does when a save"
                    + " was cut off by a crash or power loss. Open " + name + BACKUP_SUFFIX
                    + " beside it if there is one, or a recovery copy.");
        }
        if (blank) {
            throw new WorkbookReadException(Kind.EMPTY, name, name + " is empty, so it holds no workbook. If it should, open "
                    + name + BACKUP_SUFFIX + " beside it if there is one.");
        }
    }

    private static JsonNode parseTree(String name, byte[] bytes, int start) throws WorkbookReadException {
        ObjectReader reader = WorkbookJson.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            return reader.readTree(bytes, start, bytes.length - start);
        } catch (StreamConstraintsException e) {
            throw new WorkbookReadException(Kind.TOO_LARGE, name, name + " holds " + limitBroken(e.getOriginalMessage())
                    + " than any workbook, so it is not a workbook file. " + CHOOSE_ANOTHER, e);
        } catch (JsonEOFException e) {
            throw new WorkbookReadException(Kind.TRUNCATED, name, name + " ends too early" + where(e)
                    + ": it was cut off, e.g. by an interrupted copy or download. Open " + name + BACKUP_SUFFIX
                    + " beside it if there is one, or copy the file again. " + UNCHANGED, e);
        } catch (JsonProcessingException e) {
            String original = firstLine(e.getOriginalMessage());
            if (original.startsWith("Duplicate field")) {
                throw badValue(name, "$", original.replace("Duplicate field", "the field") + " appears twice", e);
            }
            if (original.contains("end-of-input")) {
                throw new WorkbookReadException(Kind.TRUNCATED, name, name + " ends too early" + where(e)
                        + ": it was cut off, e.g. by an interrupted copy or download. Open " + name + BACKUP_SUFFIX
                        + " beside it if there is one, or copy the file again. " + UNCHANGED, e);
            }
            if (original.startsWith("Trailing token")) {
                throw new WorkbookReadException(Kind.NOT_JSON, name, name + " has more text after the end of the workbook"
                        + where(e) + ", e.g. two files pasted together. Remove the extra text in a text editor or open "
                        + name + BACKUP_SUFFIX + ". " + UNCHANGED, e);
            }
            throw new WorkbookReadException(Kind.NOT_JSON, name, name + " is not a workbook file: it is not valid JSON"
                    + where(e) + ". " + CHOOSE_ANOTHER, e);
        } catch (IOException e) {
            throw new WorkbookReadException(Kind.NOT_JSON, name, name + " is not a workbook file: its text could not be"
                    + " decoded (" + firstLine(e.getMessage()) + "). " + CHOOSE_ANOTHER, e);
        }
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
            throw new WorkbookReadException(Kind.EMPTY, name, name + " is empty, so it holds no workbook.");
        }
        if (!root.isObject()) {
            String what = root.isArray() ? "a JSON list" : root.isNull() ? "just null" : "a single JSON value";
            throw new WorkbookReadException(Kind.NOT_A_WORKBOOK, name, name + " holds " + what
                    + ", not a workbook. " + CHOOSE_ANOTHER);
        }
        ObjectNode object = (ObjectNode) root;
        if (!object.has("formatVersion")) {
            String what;
            if (object.has("sections") && object.has("scoring")) {
                what = " is a framework file, not a workbook. Framework files are added to the app, not opened as workbooks.";
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
        if (!version.canConvertToExactIntegral() || !version.isNumber()) {
            throw badValue(name, "$.formatVersion", "expected a whole number such as 1 but found " + version, null);
        }
        if (!version.canConvertToInt() || version.intValue() > Workbook.CURRENT_FORMAT_VERSION) {
            throw new WorkbookReadException(Kind.NEWER_VERSION, name, name + " was made by a newer version of"
                    + " CX Maturity Workbook (file format " + version + "; this app reads up to "
                    + Workbook.CURRENT_FORMAT_VERSION + "). Update the app to open it. " + UNCHANGED);
        }
        if (version.intValue() < 1) {
            throw badValue(name, "$.formatVersion", "format versions start at 1 but the file says " + version, null);
        }
    }

    /** What Jackson accepts but the app cannot use: holes in lists and assessments without a framework. */
    private static void checkValues(String name, Workbook workbook) throws WorkbookReadException {
        for (int i = 0; i < workbook.getParticipants().size(); i++) {
            if (workbook.getParticipants().get(i) == null) {
                throw badValue(name, "$.participants[" + i + "]", "a participant is null", null);
            }
        }
        for (int i = 0; i < workbook.getAssessments().size(); i++) {
            Assessment assessment = workbook.getAssessments().get(i);
            String path = "$.assessments[" + i + "]";
            if (assessment == null) {
                throw badValue(name, path, "an assessment is null", null);
            }
            if (assessment.getFrameworkId() == null || assessment.getFrameworkId().isBlank()) {
                throw badValue(name, path + ".frameworkId", "an assessment must name its framework", null);
            }
            if (assessment.getId() == null || assessment.getId().isBlank()) {
                throw badValue(name, path + ".id", "an assessment needs an id", null);
            }
            for (int j = 0; j < i; j++) {
                if (assessment.getId().equals(workbook.getAssessments().get(j).getId())) {
                    throw badValue(name, path + ".id", "the id \"" + assessment.getId() + "\" is used twice", null);
                }
            }
            // A null rating in a hand-edited file means "not rated", which is what leaving it out means.
            assessment.getRatings().values().removeIf(java.util.Objects::isNull);
            for (int j = 0; j < assessment.getGapRows().size(); j++) {
                if (assessment.getGapRows().get(j) == null) {
                    throw badValue(name, path + ".gapRows[" + j + "]", "a gap row is null", null);
                }
            }
            for (Iterator<Map.Entry<String, com.cxworkbook.domain.Evidence>> it = assessment.getEvidence().entrySet().iterator(); it.hasNext(); ) {
                if (it.next().getValue() == null) {
                    it.remove();
                }
            }
        }
    }

    private static WorkbookReadException badValue(String name, String path, String what, Throwable cause) {
        return new WorkbookReadException(Kind.BAD_VALUE, name, name + " has a value this app cannot read: at " + path
                + ", " + what + ". Correct it in a text editor or open " + name + BACKUP_SUFFIX
                + " beside it if there is one. " + UNCHANGED, cause);
    }

    private static WorkbookReadException tooLarge(String name, long size) {
        return new WorkbookReadException(Kind.TOO_LARGE, name, name + " is " + (size > MAX_FILE_BYTES ? "larger than "
                + MAX_FILE_BYTES / 1024 / 1024 + " MB" : size + " bytes") + ", far larger than any workbook, so it is"
                + " probably not a workbook file. " + CHOOSE_ANOTHER);
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
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

    // ---- writing ----

    public void write(Workbook workbook, Path file) throws IOException {
        writeBytes(toBytes(workbook), file);
    }

    /**
     * The workbook as file content. Cheap (milliseconds), so callers snapshot on the thread that owns the
     * model and hand the bytes to a background thread for the slow part, {@link #writeBytes}.
     */
    public byte[] toBytes(Workbook workbook) throws IOException {
        return WorkbookJson.mapper().writeValueAsBytes(workbook);
    }

    /** Atomically replaces {@code file} with {@code bytes}, keeping the previous version as {@code .bak}. */
    public void writeBytes(byte[] bytes, Path file) throws IOException {
        writeBytes(bytes, file, true);
    }

    void writeBytes(byte[] bytes, Path file, boolean keepBackup) throws IOException {
        Path target = file.toAbsolutePath();
        // The move below would replace a read-only file as long as its folder is writable; someone who
        // marked a workbook read-only meant it.
        if (Files.exists(target) && isMarkedReadOnly(target)) {
            throw new AccessDeniedException(target.toString(), null, "the file is read-only");
        }
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = outputWrapper.apply(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
                out.write(bytes);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (keepBackup && Files.isRegularFile(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Read-only as the user marked it: no write permission for us, or (even for root, who may write anything)
     * no owner write bit on POSIX or the read-only attribute on Windows.
     */
    static boolean isMarkedReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) {
            return true;
        }
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        return dos != null && dos.readAttributes().isReadOnly();
    }

    /** One line for a failed save: what went wrong and what to do; the previous version is always intact. */
    public static String describeWriteFailure(Path file, IOException e) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String reason;
        if (e instanceof AccessDeniedException denied && "the file is read-only".equals(denied.getReason())) {
            reason = "the file is marked read-only";
        } else if (e instanceof AccessDeniedException) {
            reason = "the file or its folder is read-only or you lack permission";
        } else if (e instanceof NoSuchFileException) {
            reason = "its folder no longer exists";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        }
        return name + " could not be saved: " + reason + ". Use File › Save As… to save it somewhere else;"
                + " the previous version on disk is untouched.";
    }
}
