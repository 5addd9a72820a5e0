package com.cxworkbook.app;

import com.cxworkbook.io.Messages;
import com.cxworkbook.persistence.AppHome;
import com.cxworkbook.persistence.CrashLog;
import com.cxworkbook.ui.ErrorReportDialog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The default handler for exceptions nobody caught (an event handler of the installed app, a background
 * thread): writes a log under the settings folder and, once the window is up, shows what happened with a
 * "Copy details" button. One dialog at a time, so a failing handler in a loop cannot bury the window.
 */
final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private final CrashLog log;
    private final AtomicBoolean showing = new AtomicBoolean();

    CrashHandler(CrashLog log) {
        this.log = log;
    }

    static void install() {
        Thread.setDefaultUncaughtExceptionHandler(new CrashHandler(new CrashLog(AppHome.dir())));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        Instant now = Instant.now();
        String details = CrashLog.details(thread, error, now);
        Path written = log.write(details, now);
        String summary = summary(error, written);
        System.err.println("cxworkbook: " + summary);
        if (showing.compareAndSet(false, true)) {
            try {
                Platform.runLater(() -> show(summary, details));
            } catch (IllegalStateException toolkitNotRunning) {
                showing.set(false);
            }
        }
    }

    static String summary(Throwable error, Path written) {
        String what = error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + Messages.cut(error.getMessage(), 160));
        return "An unexpected error occurred (" + what + ")."
                + (written == null ? "" : " Details are in " + written + ".");
    }

    private void show(String summary, String details) {
        try {
            Window owner = Window.getWindows().stream()
                    .filter(Window::isShowing)
                    .findFirst()
                    .orElse(null);
            ErrorReportDialog.create(owner, summary, details).showAndWait();
        } catch (RuntimeException e) {
            // the dialog itself failed: the log and stderr have it
        } finally {
            showing.set(false);
        }
    }
}
