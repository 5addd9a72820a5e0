package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.ItemSpread;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Participants' own ratings through save, open and export, read back with POI as a client's Excel would. */
class ParticipantsSheetTest {

    @TempDir
    Path dir;

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Participant boss = person("Boss", "CEO", "Leadership");
    private final Participant agent = person("Agent", "Agent", "Front line");
    private final Participant lead = person("Lead", "Team lead", null);
    private final Participant absent = person("Absent", "Observer", "Leadership");

    private static Participant person(String name, String role, String group) {
        Participant p = new Participant(name, role);
        p.setGroup(group);
        return p;
    }

    /** Boss rates high, Agent low, Lead in between with an N/A; Absent rates nothing. */
    private Workbook workshop() {
        Workbook workbook = new Workbook();
        workbook.setClient("Client");
        workbook.getParticipants().addAll(List.of(boss, agent, lead, absent));
        Assessment assessment = new Assessment(icmi);
        assessment.setTitle("Workshop");
        List<Item> items = icmi.items();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).id();
            assessment.rateAs(boss.getId(), id, Rating.of(i % 3 == 0 ? 5 : 3));
            assessment.rateAs(agent.getId(), id, Rating.of(i % 2 == 0 ? 1 : 3));
            if (i != 4) {
                assessment.rateAs(lead.getId(), id, i == 2 ? Rating.NOT_APPLICABLE : Rating.of(2 + i % 2));
            }
            if (i != 7) {
                assessment.rate(id, Rating.of(3));
            }
        }
        assessment.getTargets().put(items.get(0).id(), 5);
        workbook.getAssessments().add(assessment);
        workbook.getAssessments().add(new Assessment(Frameworks.get(Frameworks.ASTUTE)));
        return workbook;
    }

    /** Saved and opened again first: what is exported is what the file keeps. */
    private XSSFWorkbook saveOpenAndExport(Workbook workbook) throws Exception {
        WorkbookStore store = new WorkbookStore();
        Path saved = dir.resolve("workshop.cxwb");
        store.write(workbook, saved);
        Workbook reopened = store.read(saved);
        assertEquals(
                workbook.getAssessments().get(0).getParticipantRatings(),
                reopened.getAssessments().get(0).getParticipantRatings());
        assertEquals("Leadership", reopened.getParticipants().get(0).getGroup());
        Path file = dir.resolve("workshop.xlsx");
        ExportResult result = XlsxExporter.export(reopened, Fixtures.LOOKUP, file);
        assertTrue(result.check().ok(), result.check().problems().toString());
        return XlsxRead.open(file);
    }

    @Test
    void participantsSheetHasEveryRatingAndTheRoomsStatisticsPerItem() throws Exception {
        Workbook workbook = workshop();
        Assessment assessment = workbook.getAssessments().get(0);
        List<Participant> raters = List.of(boss, agent, lead);
        try (XSSFWorkbook xlsx = saveOpenAndExport(workbook)) {
            assertEquals(ParticipantsSheet.NAME, xlsx.getSheetName(xlsx.getNumberOfSheets() - 1));
            Sheet sheet = xlsx.getSheet(ParticipantsSheet.NAME);
            int header = XlsxRead.find(sheet, 2, "Item");
            assertEquals(ParticipantsSheet.HEADER_ROW, header);
            assertEquals(
                    header + 1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header stays in view");
            assertEquals(
                    List.of(
                            "Boss (Leadership)",
                            "Agent (Front line)",
                            "Lead (Team lead)",
                            "Min",
                            "Max",
                            "Spread",
                            "Disagreement",
                            "Median",
                            "Agreed rating",
                            "Target"),
                    texts(sheet.getRow(header), 3, 12),
                    "one column per participant who rated (group, else role), then the statistics");
            int min = 6;
            int disagreements = 0;
            List<Item> items = icmi.items();
            for (int i = 0; i < items.size(); i++) {
                Row row = sheet.getRow(header + 1 + i);
                String id = items.get(i).id();
                assertEquals("Workshop", row.getCell(0).getStringCellValue());
                assertEquals(items.get(i).displayName(), row.getCell(2).getStringCellValue());
                for (int p = 0; p < raters.size(); p++) {
                    Rating expected = assessment
                            .getParticipantRatings()
                            .get(raters.get(p).getId())
                            .get(id);
                    assertEquals(text(expected), value(row.getCell(3 + p)), "participant " + p + " on item " + i);
                }
                ItemSpread spread = Consensus.spread(icmi, assessment, raters, id);
                assertEquals((double) spread.min(), row.getCell(min).getNumericCellValue());
                assertEquals((double) spread.max(), row.getCell(min + 1).getNumericCellValue());
                assertEquals((double) spread.spread(), row.getCell(min + 2).getNumericCellValue());
                assertEquals(
                        spread.disagreement() ? "Discuss" : "",
                        row.getCell(min + 3).getStringCellValue());
                assertEquals(spread.median(), row.getCell(min + 4).getNumericCellValue(), 1e-9);
                assertEquals(text(assessment.getRatings().get(id)), value(row.getCell(min + 5)));
                Integer target = Consensus.target(icmi, assessment, id);
                assertEquals(target == null ? "" : target.toString(), value(row.getCell(min + 6)));
                disagreements += spread.disagreement() ? 1 : 0;
            }
            assertTrue(disagreements > 0 && disagreements < items.size(), "the fixture has both kinds of items");
            assertEquals("5", value(sheet.getRow(header + 1).getCell(min + 6)), "the item's own target");
            assertEquals("", value(sheet.getRow(header + 8).getCell(min + 6)), "unrated: no default target");

            int own = XlsxRead.find(sheet, 2, ParticipantsSheet.OWN_SCORE);
            ScoreResult bossScore = Consensus.participantScore(icmi, assessment, boss);
            assertEquals(bossScore.score(), sheet.getRow(own).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(bossScore.levelText(), sheet.getRow(own + 1).getCell(3).getStringCellValue());
            assertEquals(
                    Scorer.score(icmi, assessment).score(),
                    sheet.getRow(own).getCell(min + 5).getNumericCellValue(),
                    1e-9);
            for (Row r : sheet) {
                Cell first = r.getCell(0);
                assertFalse(
                        first != null
                                && first.getCellType() == CellType.STRING
                                && first.getStringCellValue().contains("Astute"),
                        "no block for an assessment nobody rated");
            }
        }
    }

    @Test
    void ratingsOfAssessmentsWithRoundsSayWhichRoundTheyBelongTo() throws Exception {
        Workbook followUp = new WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb"));
        Path file = dir.resolve("rounds.xlsx");
        XlsxExporter.export(followUp, Fixtures.LOOKUP, file);
        try (XSSFWorkbook book = XlsxRead.open(file)) {
            Sheet sheet = book.getSheet(ParticipantsSheet.NAME);
            String first =
                    XlsxRead.cell(sheet, ParticipantsSheet.HEADER_ROW + 1, 0).getStringCellValue();
            assertEquals("ICMI self-assessment — Round 1 · 2026-11-23", first, "the baseline's participants");
            for (int r = ParticipantsSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null) {
                    assertTrue(
                            row.getCell(0).getStringCellValue().contains("— Round "),
                            "every row names its round: " + row.getCell(0).getStringCellValue());
                }
            }
            Sheet summary = book.getSheet(ExportPlan.SUMMARY_SHEET);
            int agreed = XlsxRead.find(summary, 1, ParticipantsSheet.AGREED);
            assertEquals(
                    "ICMI self-assessment — Round 1 · 2026-11-23",
                    XlsxRead.cell(summary, agreed, 0).getStringCellValue(),
                    "the perception gap names the round too");
        }
    }

    @Test
    void summaryShowsThePerceptionGapByGroup() throws Exception {
        Workbook workbook = workshop();
        Assessment assessment = workbook.getAssessments().get(0);
        ScoreResult agreed = Scorer.score(icmi, assessment);
        Map<String, ScoreResult> groups = Consensus.groupScores(icmi, assessment, workbook.getParticipants());
        assertEquals(List.of("Leadership", "Front line", "Team lead"), List.copyOf(groups.keySet()));
        try (XSSFWorkbook xlsx = saveOpenAndExport(workbook)) {
            Sheet summary = xlsx.getSheet("Summary");
            int title = XlsxRead.find(summary, 0, ParticipantsSheet.PERCEPTION_GAP);
            assertTrue(title > 0);
            Row agreedRow = summary.getRow(title + 2);
            assertEquals("Workshop", agreedRow.getCell(0).getStringCellValue());
            assertEquals("Agreed", agreedRow.getCell(1).getStringCellValue());
            assertEquals(agreed.score(), agreedRow.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(agreed.levelText(), agreedRow.getCell(4).getStringCellValue());
            int r = title + 3;
            for (Map.Entry<String, ScoreResult> group : groups.entrySet()) {
                Row row = summary.getRow(r++);
                assertEquals(group.getKey(), row.getCell(1).getStringCellValue());
                assertEquals(group.getValue().score(), row.getCell(2).getNumericCellValue(), 1e-9);
                if (group.getValue().isPartial() || agreed.isPartial()) {
                    // a group that rated fewer than all items is a "so far": said, not compared
                    assertTrue(
                            row.getCell(3).getStringCellValue().endsWith("not compared"),
                            row.getCell(3).getStringCellValue());
                } else {
                    assertEquals(
                            group.getValue().score() - agreed.score(),
                            row.getCell(3).getNumericCellValue(),
                            1e-9);
                }
                assertEquals(group.getValue().levelText(), row.getCell(4).getStringCellValue());
            }
            assertEquals(
                    1.0,
                    summary.getRow(title + 3).getCell(5).getNumericCellValue(),
                    "Absent is in Leadership but rated nothing, so only Boss counts");
            Row after = summary.getRow(r);
            assertTrue(
                    after == null
                            || after.getCell(1) == null
                            || after.getCell(1).getStringCellValue().isEmpty(),
                    "the plain assessment adds no rows");
        }
    }

    @Test
    void gapSheetHasTheTargetAndTheGapToItBesideTheGapToTheTop() throws Exception {
        Workbook workbook = workshop();
        try (XSSFWorkbook xlsx = saveOpenAndExport(workbook)) {
            Sheet gap = xlsx.getSheetAt(2);
            assertEquals(
                    "Target",
                    gap.getRow(GapSheet.HEADER_ROW).getCell(GapSheet.TARGET).getStringCellValue());
            Row first = gap.getRow(GapSheet.FIRST_ITEM_ROW);
            assertEquals("5", value(first.getCell(GapSheet.TARGET)), "the item's own target");
            assertEquals("2", value(first.getCell(GapSheet.GAP_TO_TARGET)), "5 − agreed 3");
            Row second = gap.getRow(GapSheet.FIRST_ITEM_ROW + 1);
            assertEquals("4", value(second.getCell(GapSheet.TARGET)), "default: one level above the agreed 3");
            assertEquals("1", value(second.getCell(GapSheet.GAP_TO_TARGET)));
            Row unrated = gap.getRow(GapSheet.FIRST_ITEM_ROW + 7);
            assertEquals("", value(unrated.getCell(GapSheet.GAP_TO_TARGET)));
            int total = XlsxRead.find(gap, GapSheet.SECTION, GapSheet.TOTAL);
            assertEquals(
                    2 + 18,
                    (int) gap.getRow(total).getCell(GapSheet.GAP_TO_TARGET).getNumericCellValue(),
                    "18 rated items one level below their default target, one two below its own");
        }
    }

    @Test
    void workbookWithoutParticipantRatingsGetsNoParticipantsSheetAndNoGapTable() throws Exception {
        Workbook workbook = new Workbook();
        workbook.getParticipants().add(boss);
        workbook.getAssessments().add(new Assessment(icmi));
        try (XSSFWorkbook xlsx = saveOpenAndExport(workbook)) {
            assertNull(xlsx.getSheet(ParticipantsSheet.NAME));
            assertEquals(-1, XlsxRead.find(xlsx.getSheet("Summary"), 0, ParticipantsSheet.PERCEPTION_GAP));
        }
    }

    @Test
    void anAssessmentTitledParticipantsDoesNotTakeTheSheetsName() throws Exception {
        Workbook workbook = workshop();
        workbook.getAssessments().get(0).setTitle("participants");
        try (XSSFWorkbook xlsx = saveOpenAndExport(workbook)) {
            assertEquals("participants (2)", xlsx.getSheetName(1));
            assertEquals(
                    "participants",
                    xlsx.getSheet(ParticipantsSheet.NAME)
                            .getRow(ParticipantsSheet.HEADER_ROW + 1)
                            .getCell(0)
                            .getStringCellValue());
        }
    }

    private static List<String> texts(Row row, int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to)
                .mapToObj(c -> row.getCell(c).getStringCellValue())
                .toList();
    }

    private static String text(Rating rating) {
        if (rating == null) {
            return "";
        }
        return rating.isNotApplicable() ? "N/A" : Integer.toString(rating.value());
    }

    /** A rating cell as text: "", "N/A" or the number. */
    private static String value(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> Integer.toString((int) cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
