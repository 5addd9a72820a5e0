package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  scoring: ok (ICMI fixture 60 → aware;")), lines::toString);
    }

    @Test
    void aFailingCheckIsNamedAndTheRestStillRun() {
        SelfTest selfTest = new SelfTest(List.of(
                new SelfTest.Check("first", () -> { throw new IllegalStateException("catalog is empty"); }),
                new SelfTest.Check("second", () -> "fine")));

        int exit = selfTest.run(out);

        List<String> lines = lines();
        assertEquals(1, exit);
        assertTrue(lines.contains("  first: FAILED: IllegalStateException: catalog is empty"), lines::toString);
        assertTrue(lines.contains("  second: ok (fine)"), lines::toString);
        assertTrue(lines.get(lines.size() - 1).startsWith("FAILED: first."), lines::toString);
    }

    @Test
    void aCheckThatIsNotAvailableIsReportedWithoutFailing() {
        SelfTest selfTest = new SelfTest(List.of(
                new SelfTest.Check("export", () -> { throw new SelfTest.NotAvailable("not in this build"); })));

        assertEquals(0, selfTest.run(out));
        assertTrue(lines().contains("  export: not available (not in this build)"), lines()::toString);
    }

    @Test
    void theFlagIsRecognisedAmongOtherArguments() {
        assertTrue(SelfTest.isRequested(new String[] {"--verbose", "--self-test"}));
        assertEquals(false, SelfTest.isRequested(new String[] {"workshop.cxwb"}));
    }
}
