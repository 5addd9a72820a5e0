package com.cxworkbook.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads named {@code name-1}, {@code name-2} …, so a stuck file system never keeps the app from
 * quitting. Free of JavaFX, so the start-up load can use it before the toolkit is loaded.
 */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** One daemon thread that ends once its work is done: for the start-up load. */
    public static Executor once(String name) {
        return runnable -> named(name).newThread(runnable).start();
    }

    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
