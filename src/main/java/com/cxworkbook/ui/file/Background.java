package com.cxworkbook.ui.file;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs file work off the FX thread and reports back on it. One worker thread, so saves, autosaves and
 * settings writes happen in the order they were asked for and never race on a file.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The real one: a {@link Task} per job on a single daemon thread; callbacks arrive on the FX thread. */
    static Background fx() {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "workbook-files");
            thread.setDaemon(true);
            return thread;
        });
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                Task<T> task = new Task<>() {
                    @Override
                    protected T call() throws Exception {
                        return work.call();
                    }
                };
                task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
                task.setOnFailed(e -> onFailure.accept(task.getException()));
                worker.execute(task);
            }
        };
    }
}
