package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rounds;
import com.cxworkbook.domain.Workbook;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rounds in the file: optional fields only, so older workbooks read and write back unchanged. */
class RoundsFormatTest {

    private final WorkbookStore store = new WorkbookStore();

    @Test
    void aWorkbookWithoutRoundsIsWrittenBackAsItWasRead() throws Exception {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream(StartupData.SAMPLE_RESOURCE)) {
            original = in.readAllBytes();
        }
        Workbook workbook = store.parse("sample", original);
        Assessment first = workbook.getAssessments().get(0);
        assertNull(first.getPreviousRound());
        assertNull(first.getAssessedOn());
        assertFalse(first.isClosed());
        String written = new String(store.toBytes(workbook), StandardCharsets.UTF_8);
        assertFalse(
                written.contains("previousRound") || written.contains("assessedOn") || written.contains("\"closed\""),
                written);
        assertEquals(
                written,
                new String(
                        store.toBytes(store.parse("again", written.getBytes(StandardCharsets.UTF_8))),
                        StandardCharsets.UTF_8));
    }

    @Test
    void roundsRoundTrip() throws Exception {
        Workbook workbook = StartupData.readSample();
        Assessment baseline = workbook.getAssessments().get(0);
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        Assessment followUp = Rounds.followUp(baseline, icmi, LocalDate.of(2027, 5, 20));
        baseline.setClosed(true);
        workbook.getAssessments().add(followUp);

        String json = new String(store.toBytes(workbook), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"previousRound\" : \"" + baseline.getId() + "\""), json);
        assertTrue(json.contains("\"assessedOn\" : \"2027-05-20\""));
        assertTrue(json.contains("\"closed\" : true"));

        Workbook read = store.parse("rounds", json.getBytes(StandardCharsets.UTF_8));
        Assessment readBaseline = read.getAssessments().get(0);
        Assessment readFollowUp =
                read.getAssessments().get(read.getAssessments().size() - 1);
        assertTrue(readBaseline.isClosed());
        assertEquals(baseline.getId(), readFollowUp.getPreviousRound());
        assertEquals(LocalDate.of(2027, 5, 20), readFollowUp.getAssessedOn());
        assertEquals(2, Rounds.chain(read, readFollowUp).size());
        assertEquals(followUp.getGapRows().size(), readFollowUp.getGapRows().size());
    }
}
