package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts the launcher in a fresh JVM, as an installed app would be, and checks which classes it loads:
 * {@code --self-test} must not touch JavaFX, and a normal start must reach "interactive" without loading
 * POI (export code is only loaded when the user exports). The timeout only guards against a hang.
 */
class LaunchProcessTest {

    private static final long HANG_GUARD_SECONDS = 120;

    private record Run(int exit, List<String> lines) {
        boolean loaded(String packagePrefix) {
            return lines.stream().anyMatch(l -> l.contains("[class,load] " + packagePrefix));
        }

        String output() {
            return lines.stream().filter(l -> !l.contains("[class,load]")).reduce("", (a, b) -> a + b + "\n");
        }
    }

    private static Run launch(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xlog:class+load=info");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not exit: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8).lines().toList());
    }

    /** Starts the app's window headless (Monocle) with the start-up trace in the given mode. */
    private static Run launchWindow(String traceMode) throws IOException, InterruptedException {
        return launch(List.of(
                "-D" + StartupTrace.PROPERTY + "=" + traceMode,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot", "target/test-prefs"),
                "-Dcxworkbook.home=" + System.getProperty("cxworkbook.home", "target/test-home")));
    }

    @Test
    void selfTestPassesWithoutStartingJavaFx() throws Exception {
        Run run = launch(List.of(), SelfTest.FLAG);

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().endsWith("OK\n"), run.output());
        assertTrue(!run.loaded("javafx.") && !run.loaded("com.sun.javafx."), "self-test loaded JavaFX classes");
    }

    @Test
    void appStartsToInteractiveWithoutLoadingPoi() throws Exception {
        Run run = launchWindow("exit");

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("startup first-frame "), run.output());
        assertTrue(run.output().contains("startup interactive "), run.output());
        assertTrue(run.loaded("javafx.scene."), "the class-load log should show the app really started");
        assertTrue(!run.loaded("org.apache.poi."), "POI was loaded during startup");
    }

    @Test
    void theFirstFrameBuildsNoGridAndEnterOnTheHomeOpensOne() throws Exception {
        Run run = launchWindow("grid");

        assertEquals(0, run.exit(), run.output());
        int interactive = indexOf(run, "startup interactive ");
        int gridLoaded = indexOf(run, "[class,load] " + com.cxworkbook.ui.assessment.GridView.class.getName() + " ");
        int firstGrid = indexOf(run, "startup first-grid ");
        assertTrue(interactive >= 0 && gridLoaded >= 0 && firstGrid >= 0, run.output());
        assertTrue(interactive < gridLoaded, "the start screen must not build a rating grid (docs/PERFORMANCE.md)");
        assertTrue(gridLoaded < firstGrid, "the grid marker follows opening the grid");
    }

    private static int indexOf(Run run, String text) {
        for (int i = 0; i < run.lines().size(); i++) {
            if (run.lines().get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
