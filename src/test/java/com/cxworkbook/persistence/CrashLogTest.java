package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uncaught errors leave a log under the settings folder; old logs are pruned. */
class CrashLogTest {

    @TempDir
    Path home;

    @Test
    void writesTheReportUnderLogsAndKeepsTheNewestOnly() throws Exception {
        CrashLog log = new CrashLog(home);
        String details = CrashLog.details(Thread.currentThread(), new IllegalStateException("boom"), Instant.EPOCH);
        assertTrue(details.contains("IllegalStateException: boom") && details.contains("\tat "), details);
        Path written = log.write(details, Instant.parse("2026-11-23T10:15:00Z"));
        assertEquals(home.resolve("logs"), written.getParent());
        assertEquals(details, Files.readString(written));
        for (int i = 0; i < CrashLog.KEEP + 5; i++) {
            log.write("x", Instant.parse("2026-11-24T10:15:00Z").plusSeconds(i));
        }
        try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
            assertEquals(CrashLog.KEEP, logs.count());
        }
    }
}
