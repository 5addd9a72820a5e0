package com.cxworkbook.persistence;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes what went wrong to {@code logs/error-<time>.log} in the settings folder, so an error in the
 * installed app (no console) leaves a trace the user can send. Keeps the newest {@link #KEEP} logs.
 */
public final class CrashLog {

    static final int KEEP = 20;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final Path folder;

    public CrashLog(Path home) {
        this.folder = home.resolve("logs");
    }

    /** The full report: time, thread, versions and the stack trace. */
    public static String details(Thread thread, Throwable error, Instant when) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "CX Maturity Workbook " + version() + " on Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + System.lineSeparator()
                + "time: " + when + System.lineSeparator()
                + "thread: " + (thread == null ? "?" : thread.getName()) + System.lineSeparator()
                + trace;
    }

    /** Writes the report and returns the log file; never throws (a failing log must not hide the error). */
    public Path write(String details, Instant when) {
        try {
            Files.createDirectories(folder);
            Path log = folder.resolve("error-" + STAMP.format(when) + ".log");
            Files.writeString(log, details, StandardCharsets.UTF_8);
            prune();
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith("error-"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
            for (Path old : logs.subList(Math.min(KEEP, logs.size()), logs.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static String version() {
        String version = CrashLog.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
