package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a real process, from a terminal without a display (an SSH session, a CI job): the window
 * is not tried, and the commands that work headless answer with the right exit status and nothing else.
 */
class HeadlessProcessTest {

    private static final List<String> NO_DISPLAY = List.of("DISPLAY", "WAYLAND_DISPLAY");

    @TempDir
    Path scratch;

    @Test
    @DisabledOnOs(
            value = {OS.WINDOWS, OS.MAC},
            disabledReason = "Windows and macOS always have a display")
    void withoutADisplayTheAppSaysSoInOneLineAndExits1() throws Exception {
        LauncherProcess.Result run = LauncherProcess.run(scratch, NO_DISPLAY);

        assertEquals(1, run.exit(), run.describe());
        assertEquals(
                List.of("cxworkbook: there is no display to open the window on (DISPLAY is not set). Without a"
                        + " display these work: cxworkbook export <workbook.cxwb> <out.xlsx>, --self-test, --version,"
                        + " --help."),
                run.err(),
                run.describe());
        assertEquals(List.of(), run.out(), run.describe());
        assertFalse(run.hasStackTrace(), run.describe());
    }

    @Test
    @DisabledOnOs(
            value = {OS.WINDOWS, OS.MAC},
            disabledReason = "Windows and macOS always have a display")
    void aWorkbookToOpenWithoutADisplayIsNotTriedEither() throws Exception {
        LauncherProcess.Result run = LauncherProcess.run(scratch, NO_DISPLAY, "client.cxwb");

        assertEquals(1, run.exit(), run.describe());
        assertEquals(1, run.err().size(), run.describe());
        assertTrue(run.err().get(0).contains("cxworkbook export <workbook.cxwb> <out.xlsx>"), run.describe());
        assertFalse(run.hasStackTrace(), run.describe());
    }

    /**
     * DISPLAY names an X server that is not there (a closed SSH tunnel, a stale variable): the toolkit's failure
     * becomes the same single line. Needs GTK, which the JavaFX window uses on Linux; without it JavaFX prints
     * its own pipeline errors before the launcher gets control.
     */
    @Test
    @DisabledOnOs(
            value = {OS.WINDOWS, OS.MAC},
            disabledReason = "Windows and macOS always have a display")
    void aDisplayThatIsNotThereIsOneLineAndExit1() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0"))
                        || java.nio.file.Files.exists(Path.of("/usr/lib64/libgtk-3.so.0")),
                "GTK 3 is not installed");
        LauncherProcess.Result run = LauncherProcess.run(scratch, NO_DISPLAY, List.of("DISPLAY=:9473"));

        assertEquals(1, run.exit(), run.describe());
        assertEquals(1, run.err().size(), run.describe());
        assertTrue(run.err().get(0).startsWith("cxworkbook: the window could not be opened ("), run.describe());
        assertTrue(
                run.err()
                        .get(0)
                        .endsWith("Without a display these work: cxworkbook export <workbook.cxwb>"
                                + " <out.xlsx>, --self-test, --version, --help."),
                run.describe());
        assertFalse(run.hasStackTrace(), run.describe());
    }

    @Test
    void helpListsTheCommandsAndExits0() throws Exception {
        LauncherProcess.Result run = LauncherProcess.run(scratch, NO_DISPLAY, "--help");

        assertEquals(0, run.exit(), run.describe());
        String help = String.join("\n", run.out());
        assertTrue(help.contains("cxworkbook export <in.cxwb> <out.xlsx>"), help);
        assertTrue(help.contains("exit codes: 0 done; 1 unexpected error; 2 wrong arguments"), help);
        assertEquals(List.of(), run.err(), run.describe());
    }

    @Test
    void versionPrintsOneLineAndExits0() throws Exception {
        LauncherProcess.Result run = LauncherProcess.run(scratch, NO_DISPLAY, "--version");

        assertEquals(0, run.exit(), run.describe());
        assertEquals(1, run.out().size(), run.describe());
        assertTrue(run.out().get(0).startsWith("CX Maturity Workbook "), run.describe());
        assertEquals(List.of(), run.err(), run.describe());
    }

    @Test
    void anUnknownCommandIsOneLineOfUsageOnStderrAndExit2() throws Exception {
        LauncherProcess.Result run = LauncherProcess.run(scratch, NO_DISPLAY, "frobnicate");

        assertEquals(2, run.exit(), run.describe());
        assertEquals(1, run.err().size(), run.describe());
        assertTrue(
                run.err().get(0).startsWith("cxworkbook: unknown command frobnicate. usage: cxworkbook export"),
                run.describe());
        assertEquals(List.of(), run.out(), run.describe());
    }
}
