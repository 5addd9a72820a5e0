package com.cxworkbook.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Startup timing markers for the benchmark ({@code scripts/bench}): with {@code -Dcxworkbook.startupTrace=true}
 * prints "startup first-frame …" and "startup interactive …" lines to stdout; with {@code =exit} the app
 * also quits once interactive, so a script can start it again and again; with {@code =grid} it then opens
 * the first assessment as Enter on the home screen does ("startup enter …"; with
 * {@code -Dcxworkbook.startupTrace.enterAfter=<ms>} that long after interactive, as a person reading the home
 * would), prints "startup first-grid …" once the grid is drawn, and quits. Costs one property read when off.
 *
 * <p>A marker fires at the end of the next layout pulse of the scene: the frame is rendered from that pulse.
 * Times are printed as epoch milliseconds (the script compares them with its own launch time) and as
 * milliseconds since the process started (for a person reading the output).
 */
public final class StartupTrace {

    public static final String PROPERTY = "cxworkbook.startupTrace";

    private static final String MODE = System.getProperty(PROPERTY, "false");

    private StartupTrace() {}

    public static boolean enabled() {
        return !"false".equals(MODE);
    }

    /** The window is shown: marks the first frame. */
    public static void firstFrame(Scene scene) {
        if (enabled()) {
            afterNextPulse(scene, "first-frame", false, null);
        }
    }

    /** The window shows real content (the workbook is loaded): marks interactive, then exits if asked. */
    public static void interactive(Scene scene) {
        if (enabled()) {
            // a window without a grid (the hello window) has nothing more to open in grid mode
            afterNextPulse(scene, "interactive", "exit".equals(MODE) || "grid".equals(MODE), null);
        }
    }

    /**
     * Marks interactive; in {@code grid} mode then runs {@code openGrid} (what Enter on the home screen does)
     * and marks first-grid after the pulse that draws it.
     */
    public static void interactive(Scene scene, Runnable openGrid) {
        if (!"grid".equals(MODE)) {
            interactive(scene);
            return;
        }
        afterNextPulse(
                scene,
                "interactive",
                false,
                () -> enterAfter(() -> {
                    print("enter", System.currentTimeMillis());
                    openGrid.run();
                    afterNextPulse(scene, "first-grid", true, null);
                }));
    }

    /** Runs the Enter press now, or {@code cxworkbook.startupTrace.enterAfter} ms later (a person reading the home). */
    private static void enterAfter(Runnable enter) {
        long delay = Long.getLong(PROPERTY + ".enterAfter", 0);
        if (delay <= 0) {
            enter.run();
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(delay));
        pause.setOnFinished(e -> enter.run());
        pause.play();
    }

    private static void print(String marker, long now) {
        long start = ProcessHandle.current()
                .info()
                .startInstant()
                .map(i -> i.toEpochMilli())
                .orElse(now);
        System.out.println(
                "startup " + marker + " " + (now - start) + " ms since process start (epoch-ms " + now + ")");
    }

    private static void afterNextPulse(Scene scene, String marker, boolean exit, Runnable then) {
        Runnable[] listener = new Runnable[1];
        boolean[] fired = new boolean[1];
        listener[0] = () -> {
            long now = System.currentTimeMillis();
            if (fired[0]) {
                return;
            }
            fired[0] = true;
            // the scene walks its listener list while calling us: remove after the pulse
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            print(marker, now);
            if (exit) {
                Platform.exit();
            } else if (then != null) {
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
