package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void standardChecksPassOnThisBuild() {
        int exit = SelfTest.standard().run(out);

        List<String> lines = lines();
        assertEquals(0, exit, String.join("\n", lines));
        assertEquals("OK", lines.get(lines.size() - 1));
        assertTrue(lines.contains("  frameworks: ok (5 loaded)"), lines::toString);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("  scoring: ok (ICMI fixture 60 → aware;")), lines::toString);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("  export: ok (") && l.contains("checks on read-back")),
                lines::toString);
    }

    @Test
    void theExportLeavesNoTempFolderBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = selfTestFolders(tmp);

        SelfTest.standard().run(out);

        assertEquals(before, selfTestFolders(tmp));
    }

    private static long selfTestFolders(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("cxworkbook-self-test"))
                    .count();
        }
    }

    @Test
    void aFailingCheckIsNamedAndTheRestStillRun() {
        SelfTest selfTest = new SelfTest(List.of(
                new SelfTest.Check("first", () -> {
                    throw new IllegalStateException("catalog is empty");
                }),
                new SelfTest.Check("second", () -> "fine")));

        int exit = selfTest.run(out);

        List<String> lines = lines();
        assertEquals(1, exit);
        assertTrue(lines.contains("  first: FAILED: IllegalStateException: catalog is empty"), lines::toString);
        assertTrue(lines.contains("  second: ok (fine)"), lines::toString);
        assertTrue(lines.get(lines.size() - 1).startsWith("FAILED: first."), lines::toString);
    }

    @Test
    void theFlagIsRecognisedAmongOtherArguments() {
        assertTrue(SelfTest.isRequested(new String[] {"--verbose", "--self-test"}));
        assertEquals(false, SelfTest.isRequested(new String[] {"workshop.cxwb"}));
    }
}
