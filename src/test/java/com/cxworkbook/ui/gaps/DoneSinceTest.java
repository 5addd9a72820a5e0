package com.cxworkbook.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The follow-up round's gap worksheet marks the actions completed since the previous round ("Done since
 * Round 1"), without the toolkit: the sample's baseline reported two actions done before the follow-up;
 * an action carried over and set to Done in the follow-up joins them, and undo takes the mark back.
 */
class DoneSinceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 24);

    private static WorkbookSession sample() throws Exception {
        return new WorkbookSession(
                new WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb")), Frameworks.catalog());
    }

    private static Map<String, String> marked(GapWorksheetViewModel worksheet) {
        return worksheet.rows().stream()
                .filter(r -> !r.doneSince().isEmpty())
                .collect(Collectors.toMap(GapRowViewModel::itemId, GapRowViewModel::doneSince));
    }

    @Test
    void theFollowUpMarksWhatWasCompletedSinceTheBaselineAndUndoTakesItBack() throws Exception {
        WorkbookSession session = sample();
        AssessmentModel followUp = session.assessments().get(1);
        GapWorksheetViewModel worksheet = new GapWorksheetViewModel(followUp, () -> TODAY);

        assertEquals(
                Map.of(
                        "routing-tool-system", "Done since Round 1",
                        "employee-satisfaction", "Done since Round 1"),
                marked(worksheet),
                "the baseline's actions reported done before the follow-up started");

        GapRowViewModel omni = worksheet.rows().stream()
                .filter(r -> r.itemId().equals("omnichannel-tool-system"))
                .findFirst()
                .orElseThrow();
        assertEquals(GapStatus.IN_PROGRESS, omni.status(), "carried over open");
        assertEquals("", omni.doneSince());
        worksheet.set(omni, GapField.STATUS, GapStatus.DONE);
        assertEquals("Done since Round 1", omni.doneSince(), "a carried-over action done in the follow-up");
        assertEquals(3, marked(worksheet).size());

        followUp.history().undo();
        assertEquals("", omni.doneSince(), "undo takes the mark back");
        assertEquals(2, marked(worksheet).size());
    }

    @Test
    void aBaselineMarksNothing() throws Exception {
        WorkbookSession session = sample();
        GapWorksheetViewModel worksheet =
                new GapWorksheetViewModel(session.assessments().get(0), () -> TODAY);
        assertTrue(marked(worksheet).isEmpty(), "nothing before the first round to compare with");
    }
}
