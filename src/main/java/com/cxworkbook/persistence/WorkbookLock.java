package com.cxworkbook.persistence;

import com.cxworkbook.io.AtomicFileWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A small lock file beside an open workbook ({@code .~name.cxwb.lock}: who, on which machine, which process,
 * since when), so a second window or a colleague on a shared folder learns that the workbook is already
 * open. It warns, it does not forbid: the save-time check for changes on disk is what protects the data.
 * A lock left by a process of this machine that is no longer running is stale and taken over; one from
 * another machine cannot be checked and is reported with its age.
 */
public final class WorkbookLock {

    /** Who holds a lock. */
    public record Holder(String user, String host, String process, Instant since) {}

    /**
     * What {@link #acquire} found.
     *
     * @param otherHolder  someone else who has the workbook open, or null
     * @param staleRemoved a lock of a crashed process on this machine was replaced by ours
     */
    public record Result(Holder otherHolder, boolean staleRemoved) {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Supplier<Holder> whoAmI;
    private final Predicate<String> isRunning;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private Holder me;

    public WorkbookLock() {
        // the host name may need a DNS look-up: worked out on first use, on the background thread
        this(
                () -> new Holder(
                        System.getProperty("user.name", "someone"), hostName(), ProcessIds.current(), Instant.now()),
                ProcessIds::isRunning);
    }

    /** For tests: {@code me} stands for this instance; {@code isRunning} says which processes are alive. */
    public WorkbookLock(Holder me, Predicate<String> isRunning) {
        this(() -> me, isRunning);
    }

    private WorkbookLock(Supplier<Holder> whoAmI, Predicate<String> isRunning) {
        this.whoAmI = whoAmI;
        this.isRunning = isRunning;
    }

    private synchronized Holder me() {
        if (me == null) {
            me = whoAmI.get();
        }
        return me;
    }

    public static Path lockFileOf(Path workbook) {
        return workbook.toAbsolutePath().resolveSibling(".~" + workbook.getFileName() + ".lock");
    }

    /** Takes the lock unless someone else holds it; never fails (a read-only folder simply gets no lock). */
    public Result acquire(Path workbook) {
        Holder me = me();
        Path lock = lockFileOf(workbook);
        Holder existing = read(lock);
        boolean stale = false;
        if (existing != null && !Objects.equals(existing.process(), me.process())) {
            if (Objects.equals(existing.host(), me.host()) && !isRunning.test(existing.process())) {
                stale = true;
            } else {
                return new Result(existing, false);
            }
        }
        try {
            writer.write(
                    lock,
                    MAPPER.writeValueAsBytes(new Holder(me.user(), me.host(), me.process(), Instant.now())),
                    false);
        } catch (IOException | RuntimeException e) {
            // a read-only share or a full disk: the workbook still opens, the save-time check still protects it
        }
        return new Result(null, stale);
    }

    /** Removes the lock if it is this instance's. */
    public void release(Path workbook) {
        Holder me = me();
        Path lock = lockFileOf(workbook);
        Holder existing = read(lock);
        if (existing != null && Objects.equals(existing.process(), me.process())) {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException e) {
                // left behind, it is detected as stale next time
            }
        }
    }

    private static Holder read(Path lock) {
        try {
            return Files.isRegularFile(lock) && Files.size(lock) < 16_384
                    ? MAPPER.readValue(lock.toFile(), Holder.class)
                    : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: treat as no lock rather than block the user
        }
    }

    private static String hostName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                name = "this computer";
            }
        }
        return name;
    }
}
