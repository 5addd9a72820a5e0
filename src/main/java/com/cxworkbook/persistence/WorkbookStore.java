package com.cxworkbook.persistence;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.AtomicFileWriter;
import com.cxworkbook.io.WriteProblem;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Workbook files: reading is {@link WorkbookReader}'s job (strict, one-line messages), writing goes through
 * the one {@link AtomicFileWriter} (temp file in the same folder, forced to disk, permissions and symbolic
 * links kept, the previous version kept as {@code name.cxwb.bak}). This class joins the two for callers that
 * do both.
 */
public final class WorkbookStore {

    public static final String EXTENSION = ".cxwb";
    public static final String BACKUP_SUFFIX = AtomicFileWriter.BACKUP_SUFFIX;
    static final long MAX_FILE_BYTES = WorkbookReader.MAX_FILE_BYTES;
    /** The key of the embedded frameworks' list (docs/WORKBOOK_FORMAT.md). */
    static final String FRAMEWORKS = "frameworks";

    private final WorkbookReader reader = new WorkbookReader();
    private final AtomicFileWriter writer;

    public WorkbookStore() {
        this(new AtomicFileWriter());
    }

    /** For tests: writes through {@code writer}, e.g. one whose stream fails as a full disk does. */
    public WorkbookStore(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /** For tests: wraps the temp file's stream, e.g. with one that fails half-way. */
    WorkbookStore(UnaryOperator<OutputStream> outputWrapper) {
        this(new AtomicFileWriter(outputWrapper));
    }

    /** The backup kept beside a workbook: the version before the last save. */
    public static Path backupOf(Path file) {
        return AtomicFileWriter.backupOf(file);
    }

    public Workbook read(Path file) throws WorkbookReadException {
        return reader.read(file);
    }

    public Workbook read(String name, InputStream in) throws WorkbookReadException {
        return reader.read(name, in);
    }

    public Workbook parse(String name, byte[] bytes) throws WorkbookReadException {
        return reader.parse(name, bytes);
    }

    public void write(Workbook workbook, Path file) throws IOException {
        writeBytes(toBytes(workbook), file);
    }

    /**
     * The workbook as file content. Cheap (milliseconds), so callers snapshot on the thread that owns the
     * model and hand the bytes to a background thread for the slow part, {@link #writeBytes}.
     */
    public byte[] toBytes(Workbook workbook) throws IOException {
        if (workbook.getFrameworks().isEmpty()
                && workbook.getUnreadableFrameworks().isEmpty()) {
            return WorkbookJson.mapper().writeValueAsBytes(workbook);
        }
        ObjectNode tree = WorkbookJson.mapper().valueToTree(workbook);
        ArrayNode frameworks = tree.putArray(FRAMEWORKS);
        workbook.getFrameworks().forEach(f -> frameworks.add(FrameworkJson.toTree(f)));
        workbook.getUnreadableFrameworks()
                .forEach(raw -> frameworks.add(WorkbookJson.mapper().valueToTree(raw)));
        return WorkbookJson.mapper().writeValueAsBytes(tree);
    }

    /** Atomically replaces {@code file} with {@code bytes}, keeping the previous version as {@code .bak}. */
    public void writeBytes(byte[] bytes, Path file) throws IOException {
        writeBytes(bytes, file, true);
    }

    void writeBytes(byte[] bytes, Path file, boolean keepBackup) throws IOException {
        Path target = file.toAbsolutePath();
        // The move would replace a read-only file as long as its folder is writable; someone who marked a
        // workbook read-only meant it.
        if (Files.exists(target) && WriteProblem.markedReadOnly(target)) {
            throw new AccessDeniedException(target.toString(), null, MARKED_READ_ONLY);
        }
        writer.write(target, bytes, keepBackup);
    }

    private static final String MARKED_READ_ONLY = "the file is marked read-only";

    /**
     * One line for a failed save: what went wrong; the previous version on disk is always intact. Menu names
     * are left to the caller.
     */
    public static String describeWriteFailure(Path file, IOException e) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        String reason = e instanceof AccessDeniedException denied && MARKED_READ_ONLY.equals(denied.getReason())
                ? MARKED_READ_ONLY
                : WriteProblem.reason(e);
        return name + " could not be saved: " + reason + ". The file on disk is as it was before this save.";
    }
}
