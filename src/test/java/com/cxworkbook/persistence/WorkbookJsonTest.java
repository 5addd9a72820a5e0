package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookJsonTest {

    private final WorkbookStore store = new WorkbookStore();

    private static Workbook sample() {
        Workbook workbook = new Workbook();
        workbook.setClient("Ünïcode Client “Ltd”");
        workbook.setFacilitator("Fran");
        workbook.setDate(LocalDate.of(2026, 11, 23));
        Participant ana = new Participant("Ana", "Operations");
        ana.setId("p-ana");
        ana.setGroup("Leadership");
        workbook.getParticipants().add(ana);
        Assessment assessment = new Assessment();
        assessment.setFrameworkId("icmi-cx-maturity");
        assessment.setFrameworkVersion("1.0");
        assessment.rate("b-item", Rating.of(4));
        assessment.rate("a-item", Rating.NOT_APPLICABLE);
        assessment.getNotes().put("b-item", "multi\nline");
        assessment.getEvidence().put("b-item", new Evidence("survey", "Ana", LocalDate.of(2026, 1, 2)));
        assessment.rateAs("p-ana", "b-item", Rating.of(5));
        assessment.rateAs("p-ana", "a-item", Rating.NOT_APPLICABLE);
        assessment.getTargets().put("b-item", 5);
        GapRow row = new GapRow("b-item");
        row.setPriority(Priority.HIGH);
        row.setEffort(Effort.LOW);
        row.setTargetDate(LocalDate.of(2027, 3, 31));
        assessment.getGapRows().add(row);
        workbook.getAssessments().add(assessment);
        return workbook;
    }

    @Test
    void writesReadableSortedJsonAndReadsItBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.cxwb");
        store.write(sample(), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"formatVersion\" : 1,\n  \"client\" : \"Ünïcode Client “Ltd”\""), json);
        assertTrue(
                json.indexOf("\"a-item\" : \"NA\"") < json.indexOf("\"b-item\" : 4"), "ratings sorted by key: " + json);
        assertTrue(json.contains("\"targetDate\" : \"2027-03-31\""));

        Workbook back = store.read(file);
        assertEquals("Ünïcode Client “Ltd”", back.getClient());
        Assessment assessment = back.getAssessments().get(0);
        assertEquals(Rating.NOT_APPLICABLE, assessment.getRatings().get("a-item"));
        assertEquals(Rating.of(4), assessment.getRatings().get("b-item"));
        assertEquals(
                new Evidence("survey", "Ana", LocalDate.of(2026, 1, 2)),
                assessment.getEvidence().get("b-item"));
        assertEquals(Priority.HIGH, assessment.getGapRows().get(0).getPriority());
        assertEquals(
                Rating.of(5), assessment.getParticipantRatings().get("p-ana").get("b-item"));
        assertEquals(
                Rating.NOT_APPLICABLE,
                assessment.getParticipantRatings().get("p-ana").get("a-item"));
        assertEquals(5, assessment.getTargets().get("b-item"));
        assertEquals("p-ana", back.getParticipants().get(0).getId());
        assertEquals("Leadership", back.getParticipants().get(0).getGroup());
        store.write(back, dir.resolve("again.cxwb"));
        assertEquals(json, Files.readString(dir.resolve("again.cxwb")), "a second save is byte-identical");
    }

    @Test
    void unknownFieldsSurviveASave(@TempDir Path dir) throws Exception {
        String json = "{\"formatVersion\":1,\"client\":\"C\",\"futureThing\":{\"x\":[1,2]},"
                + "\"assessments\":[{\"frameworkId\":\"icmi-cx-maturity\",\"ratings\":{},\"newField\":\"kept\","
                + "\"gapRows\":[{\"itemId\":\"a\",\"colour\":\"red\"}]}]}";
        Workbook workbook = store.read("new.cxwb", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        Path file = dir.resolve("out.cxwb");
        store.write(workbook, file);
        String written = Files.readString(file);
        assertTrue(written.contains("\"futureThing\" : {"), written);
        assertTrue(written.contains("\"newField\" : \"kept\""), written);
        assertTrue(written.contains("\"colour\" : \"red\""), written);
    }

    @Test
    void badRatingIsReportedWithItsPath() {
        String json = "{\"formatVersion\":1,\"assessments\":[{\"frameworkId\":\"x\",\"ratings\":{\"a\":\"high\"}}]}";
        WorkbookReadException e = assertThrows(
                WorkbookReadException.class,
                () -> store.read("bad.cxwb", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertTrue(
                e.getMessage().startsWith("bad.cxwb has a value this app cannot read: at $.assessments[0].ratings.a"),
                e.getMessage());
    }

    @Test
    void failedWriteLeavesTheOldFileIntact(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keep.cxwb");
        store.write(sample(), file);
        byte[] before = Files.readAllBytes(file);
        Workbook broken = sample();
        broken.extra().put("unserialisable", new Object() {
            @SuppressWarnings("unused")
            public String getBoom() {
                throw new IllegalStateException("boom");
            }
        });
        assertThrows(IOException.class, () -> store.write(broken, file));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }
}
