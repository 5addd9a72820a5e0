package com.cxworkbook.persistence;

import com.cxworkbook.io.AtomicFileWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The autosave copies of unsaved work, kept in the app's home folder (not beside the workbook, which may be
 * on a read-only share or a USB stick that was pulled). Each running instance of the app has its own pair
 * of files in {@code recovery/}: {@code <instance>.cxwb}, an ordinary workbook, and {@code <instance>.json},
 * which says when it was saved, from which file, and by which process. An instance only ever removes its
 * own copy (on a clean exit, after a save, when it opens another workbook); another instance's copy is
 * removed only when the user restores or discards it.
 *
 * <p>A copy is offered at start-up only when the process that wrote it is gone: a second window that is
 * still running is no crash. {@code recovery.cxwb} directly in the home folder (older versions) is found too.
 */
public final class RecoveryStore {

    public static final String FOLDER = "recovery";
    public static final String WORKBOOK_FILE = "recovery.cxwb";
    public static final String INFO_FILE = "recovery.json";
    private static final String INFO_EXTENSION = ".json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** What the recovery file holds besides the workbook itself. */
    public record Info(Instant savedAt, String sourceFile, String workbookName, String writtenBy) {}

    /** A recovery copy found at start-up. */
    public record Recovery(Path workbookFile, Info info) {}

    private final Path home;
    private final String thisProcess;
    private final Predicate<String> isRunning;
    private final AtomicFileWriter writer = new AtomicFileWriter();

    public RecoveryStore(Path home) {
        this(home, ProcessIds.current(), ProcessIds::isRunning);
    }

    /**
     * For tests: {@code thisProcess} stands for the running process, so a test can play "the next start";
     * every other writer counts as gone (crashed).
     */
    public RecoveryStore(Path home, String thisProcess) {
        this(home, thisProcess, other -> false);
    }

    /** For tests of two instances: {@code isRunning} says which other writers are still alive. */
    public RecoveryStore(Path home, String thisProcess, Predicate<String> isRunning) {
        this.home = home;
        this.thisProcess = thisProcess;
        this.isRunning = isRunning;
    }

    /** This instance's recovery workbook. */
    public Path workbookFile() {
        return home.resolve(FOLDER).resolve(ProcessIds.fileName(thisProcess) + WorkbookStore.EXTENSION);
    }

    Path infoFile() {
        return infoOf(workbookFile());
    }

    private static Path infoOf(Path workbook) {
        if (workbook.getFileName().toString().equals(WORKBOOK_FILE)) {
            return workbook.resolveSibling(INFO_FILE);
        }
        String name = workbook.getFileName().toString();
        return workbook.resolveSibling(
                name.substring(0, name.length() - WorkbookStore.EXTENSION.length()) + INFO_EXTENSION);
    }

    /**
     * Saves workbook bytes (from {@link WorkbookStore#toBytes}) as this instance's recovery copy.
     *
     * @param sourceFile the workbook's own file, null when it was never saved
     */
    public void save(byte[] workbookBytes, Path sourceFile, String workbookName, Instant now) throws IOException {
        Files.createDirectories(workbookFile().getParent());
        writer.write(workbookFile(), workbookBytes, false);
        Info info = new Info(
                now, sourceFile == null ? null : sourceFile.toAbsolutePath().toString(), workbookName, thisProcess);
        writer.write(infoFile(), MAPPER.writeValueAsBytes(info), false);
    }

    /** The newest copy left by an instance that did not exit cleanly and is no longer running, if any. */
    public Optional<Recovery> find() {
        return findAll().stream().findFirst();
    }

    /** Every copy left by instances that are gone, newest first. */
    public List<Recovery> findAll() {
        List<Recovery> found = new ArrayList<>();
        Path legacy = home.resolve(WORKBOOK_FILE);
        if (Files.isRegularFile(legacy)) {
            found.add(new Recovery(legacy, readInfo(legacy)));
        }
        Path folder = home.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + WorkbookStore.EXTENSION)) {
                for (Path workbook : files) {
                    found.add(new Recovery(workbook, readInfo(workbook)));
                }
            } catch (IOException e) {
                // an unreadable folder offers nothing; the next autosave reports the problem
            }
        }
        found.removeIf(r -> thisProcess.equals(r.info().writtenBy())
                || (r.info().writtenBy() != null && isRunning.test(r.info().writtenBy())));
        found.sort(Comparator.comparing((Recovery r) ->
                        r.info().savedAt() == null ? Instant.MIN : r.info().savedAt())
                .reversed());
        return found;
    }

    /** Tolerant: a missing or broken info file still lets the workbook be offered, dated by the file itself. */
    private static Info readInfo(Path workbook) {
        try {
            Info info = MAPPER.readValue(infoOf(workbook).toFile(), Info.class);
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

    /** Removes this instance's own copy: after a clean exit, a save, or opening another workbook. */
    public void clear() throws IOException {
        Files.deleteIfExists(workbookFile());
        Files.deleteIfExists(infoFile());
    }

    /** Removes a copy found by {@link #find()}, once the user restored or discarded it. */
    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.workbookFile());
        Files.deleteIfExists(infoOf(recovery.workbookFile()));
    }
}
