package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated hostile workbook goes through {@link Cli#run} exactly as {@code cxworkbook export} runs it:
 * it either exports (exit 0) or is refused with one short line (exit 2, 3 or 4) — never exit 1, a stack
 * trace or a hang — and the input file is never changed.
 */
class HostileWorkbookCorpusTest {

    @TempDir
    static Path dir;

    private static List<Path> corpus;

    private static synchronized List<Path> corpus() throws IOException {
        if (corpus == null) {
            corpus = HostileWorkbooks.generate(Files.createDirectories(dir.resolve("in")));
        }
        return corpus;
    }

    @Test
    void theCorpusHasAtLeast250Files() throws IOException {
        assertTrue(corpus().size() >= 250, "corpus size " + corpus().size());
    }

    @TestFactory
    Stream<DynamicTest> everyFileGetsAClearAnswer() throws IOException {
        return corpus().stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @Test
    void theCasesFoundFromOutsideGetTheirOwnMessage() throws IOException {
        corpus();
        assertEquals(Cli.BAD_INPUT, run("set-assessments_item_ratings-0"));
        assertTrue(lastError.contains("at $.assessments[0].ratings, expected ratings { … } but found null"), lastError);
        assertEquals(Cli.BAD_INPUT, run("set-participants-0"));
        assertTrue(lastError.contains("at $.participants, expected a list [ … ] but found null"), lastError);
        assertEquals(Cli.BAD_INPUT, run("duplicate-participant-id"));
        assertTrue(
                lastError.contains("at $.participants[1].id, the participant id \"p-priya\" is used twice"), lastError);
        assertEquals(Cli.BAD_INPUT, run("every-rating-99"));
        assertTrue(lastError.contains("outside the framework's scale ($.assessments[0].ratings."), lastError);
        assertEquals(Cli.BAD_INPUT, run("rating-0"));
        assertEquals(Cli.BAD_INPUT, run("set-client-2"));
        assertTrue(lastError.contains("at $.client, expected text but found the number 4.5"), lastError);
        assertEquals(Cli.BAD_INPUT, run("too-many-assessments"));
        assertTrue(lastError.contains("1003 assessments; an Excel export holds at most 1000"), lastError);
        assertEquals(Cli.BAD_INPUT, run("long-framework-id"));
        assertTrue(lastError.contains("ffff…"), lastError);
        assertEquals(Cli.BAD_INPUT, run("truncated-backup.cxwb.bak"));
        assertTrue(lastError.contains("This is already the backup copy"), lastError);
        assertEquals(Cli.OK, run("unknown-fields-kept"));
    }

    private static String lastError;

    private static int run(String name) throws IOException {
        Path file = corpus().stream()
                .filter(f -> f.getFileName().toString().equals(name)
                        || f.getFileName().toString().equals(name + ".cxwb"))
                .findFirst()
                .orElseThrow();
        Path out = dir.resolve("named").resolve(name + ".xlsx");
        Files.createDirectories(out.getParent());
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Cli.run(
                new String[] {"export", file.toString(), out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        lastError = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static void check(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        Path out = dir.resolve("out").resolve(file.getFileName() + ".xlsx");
        Files.createDirectories(out.getParent());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> Cli.run(
                        new String[] {"export", file.toString(), out.toString()},
                        new PrintStream(stdout, true, StandardCharsets.UTF_8),
                        new PrintStream(stderr, true, StandardCharsets.UTF_8)));
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertNotEquals(Cli.FAILED, code, err);
        if (code == Cli.OK) {
            assertEquals("", err);
            assertTrue(Files.isRegularFile(out));
        } else {
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.length() < 600, "short: " + err.length() + " characters: " + err);
            assertFalse(
                    err.contains("Exception")
                            || err.contains("\tat ")
                            || err.contains("com.fasterxml")
                            || err.contains("Please report"),
                    err);
            assertFalse(err.contains(".bak.bak"), err);
            assertFalse(Files.exists(out), "no output for a refused workbook");
        }
        assertArrayEquals(before, Files.readAllBytes(file), "input unchanged");
        assertEquals(modified, Files.getLastModifiedTime(file));
    }
}
