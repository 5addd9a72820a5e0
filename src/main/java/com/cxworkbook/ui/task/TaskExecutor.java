package com.cxworkbook.ui.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;

/**
 * The one way the app runs work off the FX thread: start-up loading, workbook files and export. The app's
 * executor wraps each {@link BackgroundTask} in a {@link Task} (progress, message and cancel are the
 * Task's own) and runs it on daemon threads, so a stuck file system never keeps the app from quitting.
 */
public interface TaskExecutor {

    <V> BackgroundTask<V> execute(BackgroundTask<V> task);

    /**
     * Tasks one after another on one daemon thread, in the order they were asked for: for files, whose
     * saves, autosaves and settings writes must never race.
     */
    static TaskExecutor sequential(String name) {
        return fx(Executors.newSingleThreadExecutor(DaemonThreads.named(name)));
    }

    /** Each task on a thread of its own (threads are reused): for work that may run beside file work, like an export. */
    static TaskExecutor parallel(String name) {
        return fx(Executors.newCachedThreadPool(DaemonThreads.named(name)));
    }

    private static TaskExecutor fx(ExecutorService threads) {
        return new TaskExecutor() {
            @Override
            public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
                Task<V> fxTask = new Task<>() {
                    @Override
                    protected V call() throws Exception {
                        return task.call(new BackgroundTask.Progress() {
                            @Override
                            public void update(double done, double total, String message) {
                                updateProgress(done, total);
                                updateMessage(message);
                            }

                            @Override
                            public boolean isCancelled() {
                                return isCancelled0();
                            }
                        });
                    }

                    private boolean isCancelled0() {
                        return isCancelled();
                    }
                };
                task.progressWrapper().bind(fxTask.progressProperty());
                task.messageWrapper().bind(fxTask.messageProperty());
                task.runningWrapper().bind(fxTask.runningProperty());
                // cooperative: no interrupt, so a write in progress finishes and cleans up its temp file
                task.cancelWith(() -> fxTask.cancel(false));
                fxTask.setOnSucceeded(e -> task.succeeded(fxTask.getValue()));
                fxTask.setOnFailed(e -> task.failed(fxTask.getException()));
                fxTask.setOnCancelled(e -> task.cancelled());
                threads.execute(fxTask);
                return task;
            }
        };
    }

    /**
     * For view-model tests, without the toolkit: runs each task at once on the calling thread, or queues
     * it on {@code queue} when one is given (run it later to test what happens while a task is running).
     */
    static TaskExecutor inline() {
        return inline(Runnable::run);
    }

    static TaskExecutor inline(Executor queue) {
        return new TaskExecutor() {
            @Override
            public <V> BackgroundTask<V> execute(BackgroundTask<V> task) {
                AtomicBoolean cancelled = new AtomicBoolean();
                task.cancelWith(() -> cancelled.set(true));
                task.runningWrapper().set(true);
                queue.execute(() -> {
                    V value;
                    try {
                        value = task.call(new BackgroundTask.Progress() {
                            @Override
                            public void update(double done, double total, String message) {
                                task.progressWrapper().set(total <= 0 ? 0 : done / total);
                                task.messageWrapper().set(message);
                            }

                            @Override
                            public boolean isCancelled() {
                                return cancelled.get();
                            }
                        });
                    } catch (Exception e) {
                        task.runningWrapper().set(false);
                        if (cancelled.get()) {
                            task.cancelled();
                        } else {
                            task.failed(e);
                        }
                        return;
                    }
                    task.runningWrapper().set(false);
                    if (cancelled.get()) {
                        task.cancelled();
                    } else {
                        task.succeeded(value);
                    }
                });
                return task;
            }
        };
    }
}
