package com.cxworkbook.app;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Plain main class: the app runs on the classpath (POI's automatic modules rule out a modular app), and a
 * main that does not extend Application lets JavaFX start from a plain classpath launch. Command-line
 * modes are handled before JavaFX is touched, so they work without a display. A window start begins
 * loading frameworks and the workbook before the toolkit starts (see {@link StartupData#loadEarly}).
 */
public final class Launcher {

    static final int NO_DISPLAY = 1;

    /**
     * JavaFX's own logger, held here because java.util.logging keeps loggers weakly and a collected one would
     * forget the filter set on it.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private static final String CLASSPATH_WARNING = "Unsupported JavaFX configuration";

    private Launcher() {}

    public static void main(String[] args) {
        if (SelfTest.isRequested(args)) {
            System.exit(SelfTest.standard().run(System.out));
        }
        // headless commands never touch JavaFX, so they run without a display
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            System.exit(noDisplay(System.err, "there is no display to open the window on (DISPLAY is not set)"));
        }
        CrashHandler.install();
        quietClasspathWarning();
        TextLayoutSpeedup.apply();
        StartupData.loadEarly(List.of(args));
        try {
            Application.launch(App.class, args);
        } catch (RuntimeException e) {
            // e.g. DISPLAY names an X server that is gone: one line instead of the toolkit's stack trace
            String why = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            System.exit(noDisplay(System.err, "the window could not be opened (" + why + ")"));
        }
    }

    /**
     * The app runs on the classpath on purpose (POI's automatic modules rule out a modular app), and JavaFX
     * warns about that on stderr at every start ("Unsupported JavaFX configuration: classes were loaded from
     * 'unnamed module …'"): two lines of noise in front of the one line a failed start prints. Only that
     * record is dropped; every other JavaFX message still goes through.
     */
    static void quietClasspathWarning() {
        JAVAFX_LOG.setFilter(
                record -> record.getMessage() == null || !record.getMessage().startsWith(CLASSPATH_WARNING));
    }

    /** On X11/Wayland systems a window needs DISPLAY or WAYLAND_DISPLAY; Windows and macOS always have one. */
    static boolean hasDisplay(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return !isBlank(env.get("DISPLAY")) || !isBlank(env.get("WAYLAND_DISPLAY"));
    }

    static int noDisplay(PrintStream err, String why) {
        err.println(
                "cxworkbook: " + why + ". Without a display these work: cxworkbook export <workbook.cxwb> <out.xlsx>,"
                        + " --self-test, --version, --help.");
        return NO_DISPLAY;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
