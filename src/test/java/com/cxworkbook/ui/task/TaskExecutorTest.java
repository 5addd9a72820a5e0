package com.cxworkbook.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app's executor: work off the FX thread, results, progress and cancel back on it, from javafx.concurrent.Task. */
class TaskExecutorTest {

    private final TaskExecutor tasks = TaskExecutor.sequential("test-tasks");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workRunsOffTheFxThreadAndItsResultArrivesOnIt() throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> tasks.execute(BackgroundTask.of("work", p -> {
                    threads.add(Thread.currentThread().getName());
                    p.update(1, 2, "half");
                    return "done";
                })
                .onSuccess(value ->
                        result.complete(value + (Platform.isFxApplicationThread() ? " on fx" : " elsewhere")))));
        assertEquals("done on fx", result.get(20, TimeUnit.SECONDS));
        assertTrue(threads.get(0).startsWith("test-tasks-"), threads.toString());
    }

    @Test
    void progressAndMessageAreTheTasksOwnAndCancelStopsTheWork() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        CompletableFuture<BackgroundTask<String>> started = new CompletableFuture<>();
        Platform.runLater(() -> started.complete(tasks.execute(BackgroundTask.<String>of("loop", p -> {
                    p.update(3, 4, "step three");
                    reported.countDown();
                    while (!p.isCancelled()) {
                        Thread.sleep(5);
                    }
                    return "ran on";
                })
                .onSuccess(outcome::complete)
                .onCancelled(() -> outcome.complete("cancelled")))));
        BackgroundTask<String> task = started.get(20, TimeUnit.SECONDS);
        assertTrue(reported.await(20, TimeUnit.SECONDS));
        CompletableFuture<String> seen = new CompletableFuture<>();
        waitUntil(() -> task.progressProperty().get() == 0.75);
        Platform.runLater(() -> seen.complete(
                task.messageProperty().get() + " " + task.runningProperty().get()));
        assertEquals("step three true", seen.get(20, TimeUnit.SECONDS));
        Platform.runLater(task::cancel);
        assertEquals("cancelled", outcome.get(20, TimeUnit.SECONDS));
        waitUntil(() -> !task.runningProperty().get());
        assertFalse(task.runningProperty().get());
    }

    @Test
    void inlineRunsAtOnceAndReportsCancelAfterTheWorkStops() {
        List<String> events = new CopyOnWriteArrayList<>();
        BackgroundTask<String> task = TaskExecutor.inline()
                .execute(BackgroundTask.<String>of("now", p -> {
                            p.update(1, 4, "a quarter");
                            return "ok";
                        })
                        .onSuccess(events::add));
        assertEquals(List.of("ok"), events);
        assertEquals(0.25, task.progressProperty().get());
        assertEquals("a quarter", task.messageProperty().get());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            CompletableFuture<Void> pulse = new CompletableFuture<>();
            Platform.runLater(() -> pulse.complete(null));
            pulse.get(20, TimeUnit.SECONDS);
        }
    }
}
