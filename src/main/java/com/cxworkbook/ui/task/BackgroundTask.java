package com.cxworkbook.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Work to run off the FX thread, described without the toolkit (as JabRef's BackgroundTask): what to do,
 * what to do with its result or failure, and its progress, message and running state for binding. A
 * {@link TaskExecutor} runs it; in the app that is a {@link javafx.concurrent.Task}, whose own progress,
 * message and cancel these properties follow, and every callback and property change arrives on the FX
 * thread. View-models build tasks; their tests run them with {@link TaskExecutor#inline()}.
 */
public final class BackgroundTask<V> {

    /** The work itself; runs on a background thread. */
    @FunctionalInterface
    public interface Work<V> {
        V call(Progress progress) throws Exception;
    }

    /** What the work may tell and ask while it runs (any thread). */
    public interface Progress {
        void update(double done, double total, String message);

        boolean isCancelled();
    }

    private final String name;
    private final Work<V> work;
    private Consumer<V> onSuccess = value -> {};
    private Consumer<Throwable> onFailure = error -> {};
    private Runnable onCancelled = () -> {};
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private Runnable cancel = () -> {};

    private BackgroundTask(String name, Work<V> work) {
        this.name = name;
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(String name, Work<V> work) {
        return new BackgroundTask<>(name, work);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Called instead of success or failure once {@link #cancel()} took effect. */
    public BackgroundTask<V> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Asks the work to stop; it sees {@link Progress#isCancelled()} and stops at its next check. */
    public void cancel() {
        cancel.run();
    }

    public String name() {
        return name;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    // ---- for executors ----

    V call(Progress reporter) throws Exception {
        return work.call(reporter);
    }

    ReadOnlyDoubleWrapper progressWrapper() {
        return progress;
    }

    ReadOnlyStringWrapper messageWrapper() {
        return message;
    }

    ReadOnlyBooleanWrapper runningWrapper() {
        return running;
    }

    void cancelWith(Runnable action) {
        this.cancel = action;
    }

    void succeeded(V value) {
        onSuccess.accept(value);
    }

    void failed(Throwable error) {
        onFailure.accept(error);
    }

    void cancelled() {
        onCancelled.run();
    }
}
