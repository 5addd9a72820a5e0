package com.cxworkbook.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worksheet's rows, totals, filters, suggestions, ranking and clipboard, without the toolkit. */
class GapWorksheetViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final WorkbookSession session;
    private final AssessmentModel model;
    private final GapWorksheetViewModel worksheet;

    GapWorksheetViewModelTest() {
        Workbook workbook = new Workbook();
        Assessment assessment = new Assessment(icmi);
        // Organizational 3,4,2,3 · People 4,3,2 · Process 3,2,3,3,2,4,2 · Metrics 3,3 · Technology 2,2,1,2 = 53
        List<Integer> values = List.of(3, 4, 2, 3, 4, 3, 2, 3, 2, 3, 3, 2, 4, 2, 3, 3, 2, 2, 1, 2);
        for (int i = 0; i < values.size(); i++) {
            assessment.rate(icmi.items().get(i).id(), Rating.of(values.get(i)));
        }
        workbook.getAssessments().add(assessment);
        session = new WorkbookSession(workbook, Frameworks.catalog());
        model = session.assessments().get(0);
        worksheet = new GapWorksheetViewModel(model, () -> TODAY);
    }

    private GapRowViewModel row(String itemId) {
        return worksheet.rows().stream()
                .filter(r -> r.itemId().equals(itemId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oneRatingRefreshesTheWorksheetOnceWithTheNewScore() {
        int[] refreshes = {0};
        worksheet.rowsRevisionProperty().addListener(obs -> refreshes[0]++);
        model.rate(icmi.items().get(0).id(), Rating.of(5));
        assertEquals(1, refreshes[0], "one refresh per click, not one for the rating and one for the score");
        assertEquals(55, worksheet.totalRatingProperty().get());
        model.rate(icmi.items().get(1).id(), Rating.of(5));
        model.rate(icmi.items().get(2).id(), Rating.of(5));
        model.rate(icmi.items().get(3).id(), Rating.of(5));
        assertEquals(4, refreshes[0]);
        assertEquals(61, worksheet.totalRatingProperty().get());
        assertEquals(
                "Customer-Centric",
                worksheet.stageTextProperty().get(),
                "61 is in the 61–80 band, read after the rescore");
    }

    @Test
    void oneRowPerActivityInToolkitOrderWithGapAndTotals() {
        assertEquals(20, worksheet.rows().size());
        assertEquals("Organizational Alignment", worksheet.rows().get(0).activity());
        assertEquals("Organizational", worksheet.rows().get(0).section().name());
        assertEquals(2, worksheet.rows().get(0).gap(), "5 − 3");
        assertEquals(53, worksheet.totalRatingProperty().get());
        assertEquals(100 - 53, worksheet.totalGapProperty().get());
        assertEquals("Customer-Aware", worksheet.stageTextProperty().get(), "53 is in the 41–60 band");
        assertEquals(100, worksheet.maxTotal());
    }

    @Test
    void ratingChangesFromAnyScreenUpdateRowGapAndTotalsAndUndoRestoresThem() {
        GapRowViewModel omni = row("omnichannel-tool-system");
        model.rate("omnichannel-tool-system", Rating.of(5));
        assertEquals(Rating.of(5), omni.rating());
        assertEquals(0, omni.gap());
        assertEquals(57, worksheet.totalRatingProperty().get());
        worksheet.setRating(omni, Rating.NOT_APPLICABLE);
        assertNull(omni.gap(), "N/A has no gap");
        assertEquals(Rating.NOT_APPLICABLE, model.rating("omnichannel-tool-system"));
        assertEquals(52, worksheet.totalRatingProperty().get());
        assertTrue(
                worksheet.stageTextProperty().get().contains("scaled"),
                worksheet.stageTextProperty().get());
        session.history().undo();
        session.history().undo();
        assertEquals(Rating.of(1), omni.rating());
        assertEquals(4, omni.gap());
        assertEquals(53, worksheet.totalRatingProperty().get());
    }

    @Test
    void fieldEditsCreateTheRowOnceAndAreUndoable() {
        GapRowViewModel alignment = row("organizational-alignment");
        assertNull(GapWorksheet.row(model.assessment(), "organizational-alignment"));
        worksheet.set(alignment, GapField.PRIORITY, Priority.HIGH);
        worksheet.set(alignment, GapField.OWNER, "  Priya  ");
        GapRow stored = GapWorksheet.row(model.assessment(), "organizational-alignment");
        assertEquals(Priority.HIGH, stored.getPriority());
        assertEquals("Priya", stored.getOwner(), "text is stored stripped");
        assertEquals(1, model.assessment().getGapRows().size());
        assertEquals(
                "Undo owner of Organizational Alignment",
                session.history().undoTextProperty().get());
        session.history().undo();
        assertNull(alignment.owner());
        session.history().undo();
        assertNull(alignment.priority());
        assertTrue(model.assessment().getGapRows().isEmpty(), "the row created by the first edit goes on undo");
        session.history().redo();
        assertEquals(Priority.HIGH, alignment.priority());
    }

    @Test
    void warningsForPastDatesAndHighPriorityWithoutOwnerNeverBlockTheEdit() {
        GapRowViewModel alignment = row("organizational-alignment");
        worksheet.set(alignment, GapField.PRIORITY, Priority.HIGH);
        assertTrue(
                alignment.warnings().contains("High-priority gap without an owner."),
                alignment.warnings().toString());
        worksheet.set(alignment, GapField.TARGET_DATE, TODAY.minusDays(1));
        assertEquals(LocalDate.of(2026, 11, 22), alignment.targetDate(), "the past date is kept");
        assertTrue(alignment.warnings().stream().anyMatch(w -> w.contains("in the past")));
        assertEquals(3, worksheet.warningCountProperty().get(), "no owner, no action, past date");
        worksheet.set(alignment, GapField.OWNER, "Priya");
        worksheet.set(alignment, GapField.ACTIONS, "Publish the CX vision");
        worksheet.set(alignment, GapField.TARGET_DATE, TODAY.plusMonths(3));
        assertEquals(List.of(), alignment.warnings());
        assertEquals(0, worksheet.warningCountProperty().get());
    }

    @Test
    void suggestionsFitTheActivitysSectionAndOwnNextStageAndLeaveFilledCellsAlone() {
        GapRowViewModel omni = row("omnichannel-tool-system"); // 1 → Negligent → Chaotic (prose only)
        GapRowViewModel stakeholders = row("stakeholder-engagement"); // 2 → Chaotic → Aware
        GapRowViewModel alignment = row("organizational-alignment"); // 3 → Aware → Centric
        GapRowViewModel goals = row("goals-and-objectives"); // 4 → Centric → Champion
        worksheet.set(alignment, GapField.ACTIONS, "Our own plan");
        model.rate("contact-metrics", null); // unrated and N/A rows get nothing
        model.rate("service-level-response-time", Rating.NOT_APPLICABLE);
        worksheet.suggestActions();
        assertEquals("Our own plan", alignment.actions());
        assertEquals("• Establish a clear CX function with centralized leadership", stakeholders.actions());
        assertEquals(
                "• Establish a chief customer officer or similar role in the C-suite",
                goals.actions(),
                "only the Organizational action for Champion, not office space design as well");
        assertTrue(omni.actions().contains("Gandalf"), omni.actions());
        assertEquals(
                "• Drive process improvement based on both customer and employee feedback",
                row("customer-satisfaction-reporting").actions(),
                "a People action for reaching Customer-Centric");
        assertNull(row("contact-metrics").actions(), "unrated: no suggestion");
        assertNull(row("service-level-response-time").actions(), "N/A: no suggestion");

        Framework icmi = model.framework();
        java.util.Map<String, java.util.Set<String>> textsBySection = new java.util.HashMap<>();
        java.util.Map<String, Integer> rowsBySection = new java.util.HashMap<>();
        for (GapRowViewModel row : worksheet.rows()) {
            String text = row.actions();
            if (text == null || text.equals("Our own plan") || text.contains("Gandalf")) {
                continue;
            }
            String section = icmi.sectionOf(row.itemId()).orElseThrow().id();
            String[] bullets = text.split("\n");
            assertTrue(bullets.length <= 2, "one or two actions: " + text);
            for (String bullet : bullets) {
                String action = bullet.substring(2);
                assertTrue(
                        icmi.recommendations().stream()
                                .anyMatch(r -> r.actionsFor(section).contains(action)),
                        row.itemId() + " got an action not tagged with its section " + section + ": " + action);
            }
            textsBySection
                    .computeIfAbsent(section, k -> new java.util.HashSet<>())
                    .add(text);
            rowsBySection.merge(section, 1, Integer::sum);
        }
        rowsBySection.forEach((section, rows) -> assertTrue(
                rows == 1 || textsBySection.get(section).size() > 1,
                "never the same text on every row of " + section + ": " + textsBySection.get(section)));
        session.history().undo();
        assertNull(stakeholders.actions(), "one undo takes every suggestion back");
        assertEquals("Our own plan", alignment.actions());
    }

    @Test
    void suggestionsSkipActivitiesWithoutGapAndRespectTheFilter() {
        model.rate("omnichannel-tool-system", Rating.of(5));
        worksheet.bigGapsOnlyProperty().set(true);
        worksheet.suggestActions();
        assertNull(row("omnichannel-tool-system").actions(), "no gap, no suggestion");
        assertEquals(
                "• Develop a “brand voice” and make this known across the organization",
                row("organizational-alignment").actions(),
                "gap 2 is shown and filled");
        assertNull(row("goals-and-objectives").actions(), "gap 1 is filtered out, so left alone");
    }

    @Test
    void frameworksWithoutRecommendationsSaySo() {
        Framework astute = Frameworks.get(Frameworks.ASTUTE);
        Workbook workbook = new Workbook();
        Assessment assessment = new Assessment(astute);
        assessment.rate(astute.items().get(0).id(), Rating.of(2));
        workbook.getAssessments().add(assessment);
        AssessmentModel astuteModel = new WorkbookSession(workbook, Frameworks.catalog())
                .assessments()
                .get(0);
        GapWorksheetViewModel astuteSheet = new GapWorksheetViewModel(astuteModel, () -> TODAY);
        assertEquals(astute.itemCount(), astuteSheet.rows().size());
        assertEquals(3, astuteSheet.rows().get(0).gap());
        assertEquals(0, astuteSheet.suggestActions());
        assertTrue(
                astuteSheet.messageProperty().get().contains("does not recommend"),
                astuteSheet.messageProperty().get());
    }

    @Test
    void anEditThatKeepsEveryRowInViewLeavesTheShownListAlone() {
        // a replaced list makes the table reset its selection and focus to the first ("#") column
        List<String> changes = new java.util.ArrayList<>();
        worksheet.visibleRows().addListener((javafx.collections.ListChangeListener<GapRowViewModel>)
                c -> changes.add(c.toString()));
        worksheet.set(row("goals-and-objectives"), GapField.PRIORITY, Priority.HIGH);
        model.rate(icmi.items().get(0).id(), Rating.of(1));
        session.history().undo();
        assertEquals(List.of(), changes);
        assertEquals(Priority.HIGH, row("goals-and-objectives").priority());

        worksheet.priorityFilterProperty().set(Priority.HIGH);
        changes.clear();
        worksheet.set(row("goals-and-objectives"), GapField.PRIORITY, Priority.LOW);
        assertEquals(1, changes.size(), "a row that leaves the filter is taken out");
        assertTrue(worksheet.visibleRows().isEmpty());
    }

    @Test
    void filtersByGapSizePriorityEffortAndInitiative() {
        worksheet.bigGapsOnlyProperty().set(true);
        assertTrue(worksheet.visibleRows().stream().allMatch(r -> r.gap() >= 2));
        assertEquals(17, worksheet.visibleRows().size(), "the three activities rated 4 have a gap of 1");
        worksheet.set(row("omnichannel-tool-system"), GapField.PRIORITY, Priority.HIGH);
        worksheet.set(row("omnichannel-tool-system"), GapField.EFFORT, Effort.HIGH);
        worksheet.set(row("routing-tool-system"), GapField.PRIORITY, Priority.HIGH);
        worksheet.priorityFilterProperty().set(Priority.HIGH);
        assertEquals(
                List.of("Routing Tool/System", "Omnichannel Mgmt Tool/System"),
                worksheet.visibleRows().stream().map(GapRowViewModel::activity).toList());
        worksheet.effortFilterProperty().set(Effort.HIGH);
        assertEquals(
                List.of("Omnichannel Mgmt Tool/System"),
                worksheet.visibleRows().stream().map(GapRowViewModel::activity).toList());
        worksheet.set(row("omnichannel-tool-system"), GapField.EFFORT, Effort.LOW);
        assertTrue(worksheet.visibleRows().isEmpty(), "an edit re-applies the filter");
        worksheet.effortFilterProperty().set(null);
        worksheet.priorityFilterProperty().set(null);
        worksheet.bigGapsOnlyProperty().set(false);
        assertEquals(20, worksheet.visibleRows().size());
    }

    @Test
    void dragRankingMovesARowIntoPlaceAndOneUndoRestoresTheOrder() {
        GapRowViewModel a = row("omnichannel-tool-system");
        GapRowViewModel b = row("routing-tool-system");
        GapRowViewModel c = row("employee-satisfaction");
        worksheet.moveRank(a, worksheet.rankOrder().get(0));
        worksheet.moveRank(b, worksheet.rankOrder().get(1));
        worksheet.moveRank(c, worksheet.rankOrder().get(2));
        assertEquals(List.of(1, 2, 3), List.of(a.rank(), b.rank(), c.rank()));
        worksheet.moveRank(c, a);
        assertEquals(List.of(2, 3, 1), List.of(a.rank(), b.rank(), c.rank()));
        assertEquals(
                3, GapWorksheet.row(model.assessment(), "routing-tool-system").getRank(), "rank is saved in the row");
        worksheet.moveRankBy(a, 1);
        assertEquals(List.of(3, 2, 1), List.of(a.rank(), b.rank(), c.rank()));
        session.history().undo();
        session.history().undo();
        assertEquals(List.of(1, 2, 3), List.of(a.rank(), b.rank(), c.rank()));
        assertEquals(0, row("organizational-alignment").rank(), "rows never dragged stay unranked");
    }

    @Test
    void copyGivesTabSeparatedTextAndPasteReadsItBackAsOneEdit() {
        GapRowViewModel omni = row("omnichannel-tool-system");
        worksheet.set(omni, GapField.ACTIONS, "Pick one platform\nRetire the chat tool");
        String copied = worksheet.copy(
                List.of(omni), List.of(GapColumn.ACTIVITY, GapColumn.RATING, GapColumn.GAP, GapColumn.ACTIONS));
        assertEquals("Omnichannel Mgmt Tool/System\t1\t4\t\"Pick one platform\nRetire the chat tool\"\n", copied);

        List<GapColumn> columns = List.of(GapColumn.values());
        int index = worksheet.visibleRows().indexOf(row("routing-tool-system"));
        int pasted = worksheet.paste(
                "3\t\t\thigh\tLow\tOperational\t\"Integrate routing\nwith WFM\"\tMarcus\t2027-03-31\tin progress\r\n"
                        + "N/A\t\t\tMedium\tHuge\n",
                List.copyOf(worksheet
                        .visibleRows()
                        .subList(index, worksheet.visibleRows().size())),
                GapColumn.RATING,
                columns);
        GapRowViewModel routing = row("routing-tool-system");
        GapRowViewModel wfm = row("workforce-management-tool-system");
        assertEquals(Rating.of(3), routing.rating());
        assertEquals(Priority.HIGH, routing.priority());
        assertEquals(Effort.LOW, routing.effort());
        assertEquals("Integrate routing\nwith WFM", routing.actions());
        assertEquals(LocalDate.of(2027, 3, 31), routing.targetDate());
        assertEquals("In progress", GapText.label(routing.status()));
        assertEquals(Rating.NOT_APPLICABLE, model.rating("workforce-management-tool-system"));
        assertEquals(Priority.MEDIUM, wfm.priority());
        assertNull(wfm.effort(), "“Huge” is not an effort: skipped, not guessed");
        assertEquals(
                10,
                pasted,
                "8 editable cells in the first line, 2 of 3 in the second; the two gap columns are skipped");
        assertTrue(
                worksheet.messageProperty().get().contains("“Huge” is not an effort"),
                worksheet.messageProperty().get());
        session.history().undo();
        assertEquals(Rating.of(2), routing.rating(), "one undo takes back the whole paste, ratings included");
        assertNull(routing.priority());
        assertNull(wfm.priority());
    }

    @Test
    void matrixPlacesActivitiesByPriorityAndEffortAndFlagsQuickWins() {
        worksheet.set(row("employee-satisfaction"), GapField.PRIORITY, Priority.HIGH);
        worksheet.set(row("employee-satisfaction"), GapField.EFFORT, Effort.LOW);
        worksheet.set(row("omnichannel-tool-system"), GapField.PRIORITY, Priority.HIGH);
        worksheet.set(row("omnichannel-tool-system"), GapField.EFFORT, Effort.HIGH);
        MatrixCell quick = worksheet.matrix().get(0);
        assertEquals(List.of("Employee Satisfaction"), quick.activities());
        assertTrue(quick.quickWin());
        MatrixCell bigBet = worksheet.matrix().get(2);
        assertEquals(List.of("Omnichannel Mgmt Tool/System"), bigBet.activities());
        assertFalse(bigBet.quickWin());
        worksheet.matrixAxisProperty().set(MatrixAxis.GAP_SIZE);
        assertEquals(
                List.of("Omnichannel Mgmt Tool/System"),
                worksheet.matrix().get(2).activities(),
                "gap 4 is large");
        assertEquals(List.of("Employee Satisfaction"), worksheet.matrix().get(0).activities(), "gap 3 is large");
        assertTrue(worksheet.unplacedProperty().get().contains("Organizational Alignment"), "gap but no effort yet");
    }
}
