package com.cxworkbook.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher in a fresh JVM, as a script or a desktop shortcut would, with stdout and stderr kept
 * apart, so tests see exactly what a user's terminal shows. The timeout only guards against a hang.
 */
final class LauncherProcess {

    private static final long HANG_GUARD_SECONDS = 120;

    /** What came back: the exit status and the lines on each stream. */
    record Result(int exit, List<String> out, List<String> err) {
        String describe() {
            return "exit " + exit + "\nstdout:\n" + String.join("\n", out) + "\nstderr:\n" + String.join("\n", err);
        }

        boolean hasStackTrace() {
            return err.stream().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Exception in thread"))
                    || out.stream().anyMatch(l -> l.startsWith("\tat "));
        }
    }

    private LauncherProcess() {}

    /**
     * Starts {@link Launcher} with {@code args}, the test's class path and settings folder, in an environment
     * without the variables named in {@code unset} (e.g. DISPLAY).
     */
    static Result run(Path scratch, List<String> unset, String... args) throws IOException, InterruptedException {
        return run(scratch, unset, List.of(), args);
    }

    /** As above, with {@code set} ("NAME=value") added to the environment. */
    static Result run(Path scratch, List<String> unset, List<String> set, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(
                "-Djava.util.prefs.userRoot=" + System.getProperty("java.util.prefs.userRoot", "target/test-prefs"));
        command.add("-Dcxworkbook.home=" + System.getProperty("cxworkbook.home", "target/test-home"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "stdout", ".txt");
        Path err = Files.createTempFile(scratch, "stderr", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        unset.forEach(env::remove);
        for (String variable : set) {
            int equals = variable.indexOf('=');
            env.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        // a JAVA_TOOL_OPTIONS of the build machine would add its own line to stderr
        env.remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not exit: " + String.join(" ", command));
        }
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8).lines().toList(),
                Files.readString(err, StandardCharsets.UTF_8).lines().toList());
    }
}
