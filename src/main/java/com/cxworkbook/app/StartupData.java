package com.cxworkbook.app;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** What the main window needs before it is useful: the framework catalog and the first workbook. */
public record StartupData(FrameworkCatalog catalog, Workbook workbook, String workbookName) {

    /** The bundled sample a newcomer sees on first start. */
    public static final String SAMPLE_RESOURCE = "/samples/sample-workshop.cxwb";

    private static final AtomicReference<CompletableFuture<StartupData>> EARLY = new AtomicReference<>();

    /**
     * Starts loading in the background before JavaFX starts, so JSON parsing (and loading Jackson's
     * classes) overlaps the toolkit's own start-up instead of following the first frame.
     */
    public static void loadEarly() {
        EARLY.compareAndSet(null, loadInBackground());
    }

    /** The early load if one was started and not yet taken, otherwise a new background load. */
    public static CompletableFuture<StartupData> loading() {
        CompletableFuture<StartupData> early = EARLY.getAndSet(null);
        return early != null ? early : loadInBackground();
    }

    private static CompletableFuture<StartupData> loadInBackground() {
        CompletableFuture<StartupData> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(load());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "startup-loader");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /** Loads everything; runs on a background thread, never on the FX thread. */
    public static StartupData load() {
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        return new StartupData(catalog, readSample(), "Sample workshop (Northwind Energy)");
    }

    public static Workbook readSample() {
        try (InputStream in = StartupData.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + SAMPLE_RESOURCE + " is missing from the application");
            }
            return new WorkbookStore().read("sample-workshop.cxwb", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WorkbookReadException e) {
            throw new IllegalStateException("The bundled sample workbook is broken: " + e.getMessage(), e);
        }
    }
}
