package com.cxworkbook.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The autosave copy of unsaved work, kept in the app's home folder (not beside the workbook, which may be on
 * a read-only share or a USB stick that was pulled). Two files: {@code recovery.cxwb}, an ordinary
 * workbook, and {@code recovery.json}, which says when it was saved, from which file, and by which process.
 *
 * <p>A clean exit {@link #clear() clears} both; finding them at start-up means the last session ended
 * without one. A copy written by the running process itself is not offered: that is no crash.
 */
public final class RecoveryStore {

    public static final String WORKBOOK_FILE = "recovery.cxwb";
    public static final String INFO_FILE = "recovery.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** What the recovery file holds besides the workbook itself. */
    public record Info(Instant savedAt, String sourceFile, String workbookName, String writtenBy) {
    }

    /** A recovery copy found at start-up. */
    public record Recovery(Path workbookFile, Info info) {
    }

    private final Path home;
    private final WorkbookStore store = new WorkbookStore();
    private final String thisProcess;

    public RecoveryStore(Path home) {
        this(home, processId());
    }

    /** For tests: {@code thisProcess} stands for the running process, so a test can play "the next start". */
    public RecoveryStore(Path home, String thisProcess) {
        this.home = home;
        this.thisProcess = thisProcess;
    }

    static String processId() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "@" + self.info().startInstant().map(Instant::toString).orElse("?");
    }

    public Path workbookFile() {
        return home.resolve(WORKBOOK_FILE);
    }

    Path infoFile() {
        return home.resolve(INFO_FILE);
    }

    /**
     * Saves workbook bytes (from {@link WorkbookStore#toBytes}) as the recovery copy.
     *
     * @param sourceFile the workbook's own file, null when it was never saved
     */
    public void save(byte[] workbookBytes, Path sourceFile, String workbookName, Instant now) throws IOException {
        Files.createDirectories(home);
        store.writeBytes(workbookBytes, workbookFile(), false);
        Info info = new Info(now, sourceFile == null ? null : sourceFile.toAbsolutePath().toString(), workbookName, thisProcess);
        store.writeBytes(MAPPER.writeValueAsBytes(info), infoFile(), false);
    }

    /** The copy left by an earlier session that did not exit cleanly, if any. */
    public Optional<Recovery> find() {
        Path workbook = workbookFile();
        if (!Files.isRegularFile(workbook)) {
            return Optional.empty();
        }
        Info info = readInfo(workbook);
        if (thisProcess.equals(info.writtenBy())) {
            return Optional.empty();
        }
        return Optional.of(new Recovery(workbook, info));
    }

    /** Tolerant: a missing or broken info file still lets the workbook be offered, dated by the file itself. */
    private Info readInfo(Path workbook) {
        try {
            Info info = MAPPER.readValue(infoFile().toFile(), Info.class);
            if (info != null && info.savedAt() != null) {
                return info;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to what the file system knows
        }
        try {
            return new Info(Files.getLastModifiedTime(workbook).toInstant(), null, null, null);
        } catch (IOException e) {
            return new Info(null, null, null, null);
        }
    }

    /** Removes the recovery copy: after a clean exit, a restore, or when the user declines it. */
    public void clear() throws IOException {
        Files.deleteIfExists(workbookFile());
        Files.deleteIfExists(infoFile());
    }
}
