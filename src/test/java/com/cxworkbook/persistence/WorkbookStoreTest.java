package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Band;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Recommendation;
import com.cxworkbook.domain.Scale;
import com.cxworkbook.domain.Scoring;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.Workbook;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookStoreTest {

    private final WorkbookStore store = new WorkbookStore();

    /** A workbook with every field of every class set to something other than its default. */
    static Workbook full() {
        Workbook workbook = new Workbook();
        workbook.setClient("Northwind “Energy” ÅB");
        workbook.setFacilitator("Sam Rivera");
        workbook.setDate(LocalDate.of(2026, 11, 23));
        Participant ana = new Participant("Ana", "Head of Care");
        ana.extra().put("email", "ana@example.com");
        ana.setId("p-ana");
        ana.setGroup("Leadership");
        Participant ben = new Participant("Ben", "IT");
        ben.extra().put("phone", "p2");
        ben.setGroup("Front line");
        workbook.getParticipants().addAll(List.of(ana, ben));
        workbook.extra().put("futureSetting", Map.of("k", List.of(1, 2)));

        Assessment assessment = new Assessment(Frameworks.get(Frameworks.ICMI));
        assessment.setId("icmi-1");
        assessment.setTitle("ICMI, round one");
        assessment.setTargetLevel("centric");
        // rounds: this one follows up an earlier round and is itself closed
        assessment.setAssessedOn(LocalDate.of(2027, 5, 20));
        assessment.setPreviousRound("icmi-baseline");
        assessment.setClosed(true);
        assessment.rate("organizational-alignment", Rating.of(3));
        assessment.rate("goals-and-objectives", Rating.NOT_APPLICABLE);
        assessment.rate("item-from-an-older-version", Rating.of(2));
        assessment.getNotes().put("organizational-alignment", "two\nlines, \"quoted\"");
        assessment
                .getEvidence()
                .put("organizational-alignment", new Evidence("CSAT dashboard", "Ana", LocalDate.of(2026, 10, 15)));
        assessment.extra().put("round", 1);
        assessment.rateAs("p-ana", "organizational-alignment", Rating.of(4));
        assessment.rateAs("p-ana", "goals-and-objectives", Rating.NOT_APPLICABLE);
        assessment.getTargets().put("organizational-alignment", 5);
        GapRow row = new GapRow("organizational-alignment");
        row.setRank(2);
        row.setPriority(Priority.HIGH);
        row.setEffort(Effort.MEDIUM);
        row.setInitiative(InitiativeType.STRATEGIC);
        row.setActions("Align goals");
        row.setOwner("Ben");
        row.setTargetDate(LocalDate.of(2027, 6, 30));
        row.setStatus(GapStatus.IN_PROGRESS);
        row.extra().put("cost", 1200);
        assessment.getGapRows().add(row);
        workbook.getAssessments().add(assessment);
        Assessment astute = new Assessment(Frameworks.get(Frameworks.ASTUTE));
        astute.setId("astute-1");
        astute.setTitle("Astute");
        astute.setTargetLevel("advanced");
        astute.rate("x", Rating.of(1));
        astute.getNotes().put("x", "n");
        astute.getEvidence().put("x", new Evidence("e", null, null));
        astute.getGapRows().add(row);
        astute.extra().put("round", 1);
        astute.rateAs("p-ana", "x", Rating.of(2));
        astute.getTargets().put("x", 4);
        astute.setAssessedOn(LocalDate.of(2026, 11, 23));
        astute.setPreviousRound("astute-0");
        astute.setClosed(true);
        workbook.getAssessments().add(astute);
        workbook.getFrameworks().add(embeddedFramework());
        workbook.getUnreadableFrameworks().add(Map.of("id", "from-a-newer-app", "futureField", true));
        return workbook;
    }

    /** A framework a workbook carries, with every optional part filled in. */
    static Framework embeddedFramework() {
        return new Framework(
                "acme-cx",
                "2.0",
                "Acme CX",
                "Acme",
                "own wording",
                "What it is",
                new Scale(1, 5, Map.of(1, "Low"), true),
                List.of(
                        new Level("one", "One", "First", Map.of("People", "few")),
                        new Level("two", "Two", "Second", Map.of("People", "all"))),
                List.of(
                        new Section(
                                "s1",
                                "S1",
                                "about s1",
                                "one",
                                List.of(new Item(
                                        "i1",
                                        "I1",
                                        "Short",
                                        "Statement one",
                                        Map.of(1, "d1"),
                                        "one",
                                        "Ask for a chart"))),
                        new Section(
                                "s2",
                                "S2",
                                "about s2",
                                "two",
                                List.of(new Item(
                                        "i2", "I2", "Short 2", "Statement two", Map.of(5, "d5"), "two", "Ask who")))),
                new Scoring(ScoringMethod.STAGE_CHECKLIST, List.of(new Band(1, 2, "one")), 4),
                List.of(new Recommendation("two", "To two", "text", List.of("act"), List.of(List.of("s2")))));
    }

    @Test
    void everyFieldSurvivesSaveAndOpen(@TempDir Path dir) throws Exception {
        Workbook original = full();
        assertEveryFieldSet(original, "workbook");
        Path file = dir.resolve("full.cxwb");
        store.write(original, file);
        Workbook back = store.read(file);
        assertDeepEquals(original, back, "workbook");
        Path again = dir.resolve("again.cxwb");
        store.write(back, again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), "second save is byte-identical");
    }

    @Test
    void aWriteThatDiesHalfWayLeavesTheOldFileIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keep.cxwb");
        store.write(full(), file);
        byte[] before = Files.readAllBytes(file);
        Workbook changed = full();
        changed.setClient("Changed client");
        WorkbookStore dying = new WorkbookStore(out -> new FailingAfter(out, 100));
        IOException e = assertThrows(IOException.class, () -> dying.write(changed, file));
        assertEquals("disk unplugged", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "old file untouched");
        assertFalse(Files.exists(WorkbookStore.backupOf(file)), "no backup was rotated for a failed save");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temp file left behind");
        }
        assertEquals("Northwind “Energy” ÅB", store.read(file).getClient());
    }

    @Test
    void savingKeepsThePreviousVersionAsBak(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.cxwb");
        Workbook workbook = full();
        store.write(workbook, file);
        assertFalse(Files.exists(WorkbookStore.backupOf(file)), "nothing to back up on the first save");
        byte[] first = Files.readAllBytes(file);
        workbook.setClient("Second");
        store.write(workbook, file);
        assertEquals(dir.resolve("client.cxwb.bak"), WorkbookStore.backupOf(file));
        assertArrayEquals(first, Files.readAllBytes(WorkbookStore.backupOf(file)));
        assertEquals("Second", store.read(file).getClient());
    }

    @Test
    void aByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.cxwb");
        byte[] json = "{\"formatVersion\":1,\"client\":\"C\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(file, withBom);
        assertEquals("C", store.read(file).getClient());
    }

    @Test
    void aReadOnlyWorkbookIsNotOverwritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("locked.cxwb");
        store.write(full(), file);
        byte[] before = Files.readAllBytes(file);
        assertTrue(file.toFile().setWritable(false));
        try {
            // no assumption about the user: root may write anything, yet the file is still marked read-only
            AccessDeniedException e =
                    assertThrows(AccessDeniedException.class, () -> store.write(new Workbook(), file));
            assertTrue(WorkbookStore.describeWriteFailure(file, e)
                    .startsWith("locked.cxwb could not be saved: the file is marked read-only."));
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void writeFailuresAreDescribedWithWhatToDo() {
        Path file = Path.of("/projects/client.cxwb");
        String denied = WorkbookStore.describeWriteFailure(file, new AccessDeniedException("/projects/client.cxwb"));
        assertEquals(
                "client.cxwb could not be saved: you do not have permission to write there."
                        + " The file on disk is as it was before this save.",
                denied);
        assertTrue(WorkbookStore.describeWriteFailure(file, new IOException("No space left on device"))
                .contains("could not be saved: the disk is full."));
        assertTrue(WorkbookStore.describeWriteFailure(
                        file,
                        new java.nio.file.FileSystemException("/projects/client.cxwb", null, "Read-only file system"))
                .contains("could not be saved: the drive is read-only."));
    }

    private static final class FailingAfter extends FilterOutputStream {
        private int left;

        FailingAfter(OutputStream out, int bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("disk unplugged");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    // ---- reflection helpers: a field added to a domain class later is covered without editing this test ----

    private static void assertEveryFieldSet(Object object, String path) throws IllegalAccessException {
        if (!object.getClass().getName().startsWith("com.cxworkbook")) {
            return; // texts in lists, plain maps of unknown data
        }
        for (Field field : fields(object)) {
            Object value = field.get(object);
            String at = path + "." + field.getName();
            assertNotNull(value, at + " is set in the sample");
            if (value instanceof Collection<?> c) {
                assertFalse(c.isEmpty(), at + " has entries");
                for (Object element : c) {
                    assertEveryFieldSet(element, at + "[]");
                }
            } else if (value instanceof Map<?, ?> m) {
                assertFalse(m.isEmpty(), at + " has entries");
            } else if (value instanceof Integer i) {
                assertTrue(i != 0, at + " is not 0");
            }
        }
    }

    private static void assertDeepEquals(Object expected, Object actual, String path) throws IllegalAccessException {
        if (expected == null
                || actual == null
                || !expected.getClass().getName().startsWith("com.cxworkbook.domain")
                || expected.getClass().isRecord()
                || expected instanceof Rating) {
            if (expected instanceof Collection<?> e && actual instanceof Collection<?> a) {
                assertEquals(e.size(), a.size(), path + " size");
                var ai = a.iterator();
                int i = 0;
                for (Object element : e) {
                    assertDeepEquals(element, ai.next(), path + "[" + i++ + "]");
                }
                return;
            }
            assertEquals(
                    expected == null ? null : normalise(expected), actual == null ? null : normalise(actual), path);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), path);
        for (Field field : fields(expected)) {
            assertDeepEquals(field.get(expected), field.get(actual), path + "." + field.getName());
        }
    }

    /** Extra (unknown) values come back as Jackson's generic maps and lists; compare their JSON form. */
    private static Object normalise(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return WorkbookJson.mapper().valueToTree(value);
        }
        return value;
    }

    private static List<Field> fields(Object object) {
        return Stream.of(object.getClass().getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .peek(f -> f.setAccessible(true))
                .toList();
    }
}
