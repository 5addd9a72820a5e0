package com.cxworkbook.ui.file;

import com.cxworkbook.ui.task.BackgroundTask;
import com.cxworkbook.ui.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs file work off the FX thread and reports back on it. One worker thread, so saves, autosaves and
 * settings writes happen in the order they were asked for and never race on a file. A thin front of
 * {@link TaskExecutor}, the app's one path for background work.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The real one: a javafx.concurrent.Task per job on a single daemon thread; callbacks arrive on the FX thread. */
    static Background fx() {
        return over(TaskExecutor.sequential("workbook-files"));
    }

    /** File work through {@code tasks}. */
    static Background over(TaskExecutor tasks) {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                tasks.execute(BackgroundTask.<T>of("file work", p -> work.call())
                        .onSuccess(onSuccess)
                        .onFailure(onFailure));
            }
        };
    }
}
