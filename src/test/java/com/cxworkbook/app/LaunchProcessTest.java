package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        return launchWithClassPath(jvmOptions, System.getProperty("java.class.path"), args);
    }

    private static Run launchWithClassPath(List<String> jvmOptions, String classPath, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xlog:class+load=info");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not exit: " + String.join(" ", command));
        }
        return new Run(
                process.exitValue(),
                new String(output, StandardCharsets.UTF_8).lines().toList());
    }

    /** Starts the app's window headless (Monocle) with the start-up trace in the given mode. */
    private static Run launchWindow(String traceMode) throws IOException, InterruptedException {
        return launch(List.of(
                "-D" + StartupTrace.PROPERTY + "=" + traceMode,
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
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

    /**
     * As the installer ships it: JavaFX as named modules (the jlinked runtime has them; here the platform
     * jars on the module path), the app and its libraries on the class path, and the JVM options of
     * installer/jpackage/image.args, read from that file. Monocle is patched into javafx.graphics because
     * the test has no display.
     */
    @Test
    void theAppStartsAsInstalledToTheHome() throws Exception {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        String javafx = entries.stream()
                .filter(e ->
                        e.contains("openjfx") && e.matches(".*javafx-[a-z]+-[0-9.]+-(linux|win|mac|mac-aarch64)\\.jar"))
                .collect(Collectors.joining(File.pathSeparator));
        String monocle = entries.stream()
                .filter(e -> e.contains("openjfx-monocle"))
                .findFirst()
                .orElseThrow();
        String classPath =
                entries.stream().filter(e -> !e.contains("openjfx")).collect(Collectors.joining(File.pathSeparator));
        List<String> options = new ArrayList<>(List.of(
                "--module-path",
                javafx,
                "--add-modules",
                "javafx.controls",
                "--patch-module",
                "javafx.graphics=" + monocle));
        Matcher shipped = Pattern.compile("--java-options \"([^\"]*)\"")
                .matcher(Files.readString(Path.of("installer/jpackage/image.args")));
        while (shipped.find()) {
            options.add(shipped.group(1));
        }
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), "the shipped options were read: " + options);
        options.addAll(List.of(
                "-D" + StartupTrace.PROPERTY + "=exit",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot", "target/test-prefs"),
                "-Dcxworkbook.home=" + System.getProperty("cxworkbook.home", "target/test-home")));

        Run run = launchWithClassPath(options, classPath);

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("startup interactive "), "the home was reached: " + run.output());
        assertTrue(
                !run.output().contains("Unsupported JavaFX configuration"),
                "JavaFX ran from the class path: " + run.output());
        assertTrue(
                run.lines().stream()
                        .anyMatch(l -> l.contains("[class,load] javafx.scene.control.Button source: ")
                                && l.contains("javafx-controls")),
                "Button should come from the javafx.controls module jar");
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
