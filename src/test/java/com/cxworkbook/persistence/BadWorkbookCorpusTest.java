package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.persistence.WorkbookReadException.Kind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every broken file gives the right kind of error, a message that helps, and is left exactly as it was. */
class BadWorkbookCorpusTest {

    private final WorkbookStore store = new WorkbookStore();

    @TempDir
    static Path generated;

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BadWorkbookCorpusTest.class.getResource("/bad-workbooks"))
                .toURI());
    }

    static Kind expectedKind(Path file) {
        String prefix = file.getFileName().toString().split("--")[0];
        return Kind.valueOf(prefix.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static List<Path> handMade() throws Exception {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(f -> f.toString().endsWith(WorkbookStore.EXTENSION))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theCorpusHasAtLeastFiftyFilesCoveringEveryKind() throws Exception {
        List<Path> all = new ArrayList<>(handMade());
        all.addAll(BadWorkbookGenerator.generate(generated));
        assertTrue(all.size() >= 50, "corpus size " + all.size());
        for (Kind kind : Kind.values()) {
            if (kind != Kind.NOT_FOUND && kind != Kind.UNREADABLE) {
                assertTrue(all.stream().anyMatch(f -> expectedKind(f) == kind), "no file for " + kind);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> handMadeFiles() throws Exception {
        return handMade().stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> generatedFiles() throws Exception {
        return BadWorkbookGenerator.generate(generated).stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        WorkbookReadException e = assertThrows(WorkbookReadException.class, () -> store.read(file));
        String name = file.getFileName().toString();
        assertEquals(expectedKind(file), e.kind(), e.getMessage());
        assertEquals(name, e.fileName());
        assertTrue(e.getMessage().startsWith(name + " "), "message names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(
                e.getMessage().contains("com.fasterxml") || e.getMessage().contains("java."),
                "no class names: " + e.getMessage());
        assertTrue(advises(e.getMessage()), "says what to do: " + e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "file unchanged");
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertFalse(Files.exists(WorkbookStore.backupOf(file)), "reading writes nothing beside the file");
    }

    private static boolean advises(String message) {
        return Stream.of(
                        "Open ",
                        "open ",
                        "Choose ",
                        "Update the app",
                        "Correct it",
                        "Remove ",
                        "Add ",
                        "use File",
                        "Framework files are added")
                .anyMatch(message::contains);
    }

    @Test
    void kindSpecificWording() throws Exception {
        Path dir = corpus();
        assertTrue(
                message(dir.resolve("newer-version--format-2.cxwb"))
                        .contains(
                                "made by a newer version of CX Maturity Workbook (file format 2; this app reads up to 1). Update the app"));
        assertTrue(message(dir.resolve("bad-value--rating-word.cxwb"))
                .contains("at $.assessments[0].ratings.organizational-alignment"));
        assertTrue(message(dir.resolve("bad-value--date-invalid.cxwb")).contains("at $.date"));
        assertTrue(message(dir.resolve("truncated--mid-ratings.cxwb")).contains("ends too early (line"));
        assertTrue(message(dir.resolve("not-a-workbook--array.cxwb")).contains("holds a JSON list, not a workbook"));
        assertTrue(message(dir.resolve("not-a-workbook--framework-file.cxwb")).contains("is a framework file"));
        assertTrue(
                message(dir.resolve("bad-value--missing-framework-id.cxwb")).contains("$.assessments[0].frameworkId"));
    }

    private String message(Path file) {
        return assertThrows(WorkbookReadException.class, () -> store.read(file)).getMessage();
    }

    @Test
    void missingFileFolderAndOversizedFile(@TempDir Path dir) throws IOException {
        WorkbookReadException missing =
                assertThrows(WorkbookReadException.class, () -> store.read(dir.resolve("gone.cxwb")));
        assertEquals(Kind.NOT_FOUND, missing.kind());
        assertTrue(missing.getMessage().startsWith("gone.cxwb was not found"), missing.getMessage());

        Path folder = Files.createDirectory(dir.resolve("folder.cxwb"));
        assertEquals(
                Kind.UNREADABLE,
                assertThrows(WorkbookReadException.class, () -> store.read(folder))
                        .kind());

        Path huge = dir.resolve("huge.cxwb");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(WorkbookStore.MAX_FILE_BYTES + 1); // sparse: no real disk use
        }
        WorkbookReadException tooLarge = assertThrows(WorkbookReadException.class, () -> store.read(huge));
        assertEquals(Kind.TOO_LARGE, tooLarge.kind());
        assertTrue(tooLarge.getMessage().contains("larger than 64 MB"), tooLarge.getMessage());
        assertEquals(WorkbookStore.MAX_FILE_BYTES + 1, Files.size(huge));
    }

    @Test
    void aGoodFileFromTheGeneratorStillOpens() throws Exception {
        Path good = generated.resolve("good.cxwb");
        Files.writeString(good, BadWorkbookGenerator.GOOD, StandardCharsets.UTF_8);
        assertEquals(
                "Acme",
                store.read(good).getClient(),
                "the generator's base file is valid, so its variants test one fault each");
    }
}
