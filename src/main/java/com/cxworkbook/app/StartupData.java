package com.cxworkbook.app;

import com.cxworkbook.domain.FrameworkCheck;
import com.cxworkbook.domain.FrameworkNotice;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.AppHome;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.Settings;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookReadException;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.task.DaemonThreads;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the main window needs before it is useful: the framework catalog, the settings and the first
 * workbook (the most recent file, else the bundled sample), plus anything the user should be told about
 * them.
 *
 * @param workbookFile the file the workbook came from; null for the sample, which is saved with Save As
 * @param messages     problems met while loading (a broken settings file, a recent file that is gone)
 * @param session      the workbook's live models, made here on the loading thread: making them scores every
 *                     assessment, and the first scoring in a JVM is slow (its code runs for the first time)
 */
public record StartupData(
        FrameworkCatalog catalog,
        Workbook workbook,
        String workbookName,
        Path workbookFile,
        Settings settings,
        List<String> messages,
        WorkbookSession session) {

    /** The bundled sample a newcomer sees on first start. */
    public static final String SAMPLE_RESOURCE = "/samples/sample-workshop.cxwb";

    public static final String SAMPLE_NAME = "Sample workshop (Northwind Energy)";

    public StartupData {
        messages = List.copyOf(messages);
    }

    private static final AtomicReference<CompletableFuture<StartupData>> EARLY = new AtomicReference<>();

    /**
     * Starts loading in the background before JavaFX starts, so JSON parsing (and loading Jackson's
     * classes) overlaps the toolkit's own start-up instead of following the first frame.
     */
    public static void loadEarly(List<String> args) {
        EARLY.compareAndSet(null, loadInBackground(args));
    }

    /** The early load if one was started and not yet taken, otherwise a new background load. */
    public static CompletableFuture<StartupData> loading(List<String> args) {
        CompletableFuture<StartupData> early = EARLY.getAndSet(null);
        return early != null ? early : loadInBackground(args);
    }

    /**
     * The one background load that is not a javafx.concurrent.Task: it starts before the toolkit exists (a
     * Task reports its state through the FX thread), on a daemon thread from the same factory as the
     * app's {@code TaskExecutor}. The future is handed from {@code Launcher.main} to {@code App.start} in
     * {@link #EARLY} because JavaFX, not the launcher, creates the App.
     */
    private static CompletableFuture<StartupData> loadInBackground(List<String> args) {
        return CompletableFuture.supplyAsync(
                () -> load(AppHome.dir(), requestedFile(args)), DaemonThreads.once("startup-loader"));
    }

    /** Loads everything; runs on a background thread, never on the FX thread. */
    public static StartupData load() {
        return load(AppHome.dir());
    }

    static StartupData load(Path home) {
        return load(home, null);
    }

    /**
     * @param requested a workbook named on the command line (a double-clicked .cxwb file); it wins over
     *                  the most recent file, and if it cannot be read the user is told why and gets the
     *                  usual start instead
     */
    static StartupData load(Path home, Path requested) {
        FrameworkCatalog catalog = FrameworkCatalog.load(home);
        SettingsStore settingsStore = new SettingsStore(home);
        Settings settings = settingsStore.load();
        List<String> messages = new ArrayList<>();
        if (settingsStore.problem() != null) {
            messages.add(settingsStore.problem());
        }
        if (requested != null) {
            try {
                return opened(catalog, requested, settings, messages);
            } catch (WorkbookReadException e) {
                messages.add(requested.getFileName() + " was not opened: " + e.getMessage());
            }
        }
        if (!settings.recentFiles().isEmpty()) {
            Path last = Path.of(settings.recentFiles().get(0));
            try {
                return opened(catalog, last, settings, messages);
            } catch (WorkbookReadException e) {
                messages.add("Your last workbook was not reopened: " + e.getMessage());
            }
        }
        Workbook sample = readSample();
        return new StartupData(
                catalog, sample, SAMPLE_NAME, null, settings, messages, new WorkbookSession(sample, catalog));
    }

    private static StartupData opened(FrameworkCatalog catalog, Path file, Settings settings, List<String> messages)
            throws WorkbookReadException {
        Workbook workbook = new WorkbookStore().read(file);
        List<FrameworkNotice> notices = FrameworkCheck.check(workbook, catalog.forWorkbook(workbook)::find);
        notices.forEach(n -> messages.add(n.message()));
        return new StartupData(
                catalog,
                workbook,
                file.getFileName().toString(),
                file,
                settings,
                messages,
                new WorkbookSession(workbook, catalog));
    }

    /** The workbook named on the command line: the first argument that is not an option, if any. */
    static Path requestedFile(List<String> args) {
        return args.stream()
                .filter(a -> !a.isBlank() && !a.startsWith("-"))
                .findFirst()
                .map(a -> Path.of(a).toAbsolutePath())
                .orElse(null);
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
