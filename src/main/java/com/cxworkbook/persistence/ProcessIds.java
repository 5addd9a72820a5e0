package com.cxworkbook.persistence;

import java.time.Instant;
import java.util.Optional;

/**
 * Names a running process as {@code pid@start-instant}, so a recycled pid is not mistaken for the process
 * that wrote a recovery copy or a lock, and tells whether such a process is still running on this machine.
 */
public final class ProcessIds {

    private ProcessIds() {}

    public static String current() {
        return of(ProcessHandle.current());
    }

    static String of(ProcessHandle process) {
        return process.pid() + "@"
                + process.info().startInstant().map(Instant::toString).orElse("?");
    }

    /** True when the process {@code id} (from {@link #current()}) is still running here. */
    public static boolean isRunning(String id) {
        int at = id == null ? -1 : id.indexOf('@');
        if (at <= 0) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(id.substring(0, at));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        return process.isPresent()
                && process.get().isAlive()
                && of(process.get()).equals(id);
    }

    /** A file-name-safe form of an id. */
    static String fileName(String id) {
        return id.replaceAll("[^A-Za-z0-9.-]+", "_");
    }
}
