package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkCheck;
import com.cxworkbook.domain.FrameworkNotice;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Section;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.WorkbookSession;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a workbook against a changed or missing framework: report, never shift or drop ratings. */
class FrameworkMigrationTest {

    private final WorkbookStore store = new WorkbookStore();
    private final Framework icmi10 = Frameworks.get(Frameworks.ICMI);

    /** ICMI "1.1": first item removed, second reworded, one new item at the end of the last section. */
    private Framework icmi11() {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < icmi10.sections().size(); s++) {
            Section section = icmi10.sections().get(s);
            List<Item> items = new ArrayList<>(section.items());
            if (s == 0) {
                items.remove(0);
                Item second = items.get(0);
                items.set(
                        0,
                        new Item(
                                second.id(),
                                second.name(),
                                second.shortName(),
                                second.statement() + " (reworded in 1.1)",
                                second.descriptors(),
                                second.level()));
            }
            if (s == icmi10.sections().size() - 1) {
                items.add(
                        new Item("ai-assistance", "AI assistance", null, "Agents get AI suggestions.", Map.of(), null));
            }
            sections.add(new Section(section.id(), section.name(), section.description(), section.level(), items));
        }
        return new Framework(
                icmi10.id(),
                "1.1",
                icmi10.name(),
                icmi10.publisher(),
                icmi10.source(),
                icmi10.description(),
                icmi10.scale(),
                icmi10.levels(),
                sections,
                icmi10.scoring(),
                icmi10.recommendations());
    }

    @Test
    void aNewerFrameworkVersionIsReportedAndRatingsOfRemovedItemsSurviveASave(@TempDir Path dir) throws Exception {
        String removed = icmi10.items().get(0).id();
        String reworded = icmi10.items().get(1).id();
        String unchanged = icmi10.items().get(2).id();
        Workbook workbook = new Workbook();
        Assessment assessment = new Assessment(icmi10);
        assessment.setTitle("Round one");
        assessment.rate(removed, Rating.of(4));
        assessment.rate(reworded, Rating.of(2));
        assessment.rate(unchanged, Rating.of(5));
        assessment.getNotes().put(removed, "why 4");
        workbook.getAssessments().add(assessment);
        Path file = dir.resolve("old.cxwb");
        store.write(workbook, file);

        Framework icmi11 = icmi11();
        Workbook opened = store.read(file);
        List<FrameworkNotice> notices =
                FrameworkCheck.check(opened, id -> Optional.of(icmi11).filter(f -> f.id().equals(id)));
        assertEquals(1, notices.size());
        FrameworkNotice notice = notices.get(0);
        assertEquals(List.of("ai-assistance"), notice.added());
        assertEquals(List.of(removed), notice.removed());
        assertEquals(List.of(reworded), notice.reworded());
        assertEquals("1.0", notice.recordedVersion());
        assertEquals("1.1", notice.currentVersion());
        assertTrue(
                notice.message()
                        .startsWith("“Round one” was rated on icmi-cx-maturity 1.0; this app has version 1.1:"
                                + " 1 item added (ai-assistance); 1 item removed (" + removed
                                + ") (their ratings are kept"),
                notice.message());

        Assessment back = opened.getAssessments().get(0);
        assertEquals(Rating.of(2), back.getRatings().get(reworded), "ratings stay on their item ids, never shifted");
        assertEquals(Rating.of(5), back.getRatings().get(unchanged));
        Path saved = dir.resolve("saved.cxwb");
        store.write(opened, saved);
        Assessment again = store.read(saved).getAssessments().get(0);
        assertEquals(Rating.of(4), again.getRatings().get(removed), "rating of a removed item kept on save");
        assertEquals("why 4", again.getNotes().get(removed));
        assertEquals("1.0", again.getFrameworkVersion(), "still says what it was rated on");
    }

    @Test
    void anUnchangedFrameworkGivesNoNoticeAndOldFilesGetFingerprints() throws Exception {
        Workbook sample = store.read("sample.cxwb", getClass().getResourceAsStream("/samples/sample-workshop.cxwb"));
        assertTrue(
                sample.getAssessments().stream()
                        .allMatch(a -> a.getFrameworkItems().isEmpty()),
                "sample predates fingerprints");
        assertEquals(List.of(), FrameworkCheck.check(sample, Frameworks.catalog()::find));
        assertTrue(sample.getAssessments().stream()
                .noneMatch(a -> a.getFrameworkItems().isEmpty()));
    }

    @Test
    void anUnknownFrameworkIsLeftOutKeptUntouchedAndReported(@TempDir Path dir) throws Exception {
        String json =
                """
                {"formatVersion": 1, "client": "C", "assessments": [
                  {"id": "known", "frameworkId": "icmi-cx-maturity", "frameworkVersion": "1.0",
                   "ratings": {"organizational-alignment": 3}},
                  {"id": "future", "frameworkId": "cx-2030", "frameworkVersion": "3.0", "title": "CX 2030",
                   "ratings": {"x": 7, "y": "NA"}, "wholeNewBlock": {"a": [1, {"b": null}]},
                   "gapRows": [{"itemId": "x", "priority": "HIGH", "colour": "blue"}]}]}
                """;
        Path file = dir.resolve("mixed.cxwb");
        Files.writeString(file, json);
        Workbook workbook = store.read(file);
        List<FrameworkNotice> notices = FrameworkCheck.check(workbook, Frameworks.catalog()::find);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).unknownFramework());
        assertEquals(
                "“CX 2030” uses the framework cx-2030 3.0, which this app does not have; it was left out and is"
                        + " kept unchanged in the file.",
                notices.get(0).message());

        WorkbookSession session = new WorkbookSession(workbook, Frameworks.catalog());
        assertEquals(1, session.assessments().size(), "only the known framework is shown");
        assertEquals(Rating.of(3), session.assessments().get(0).rating("organizational-alignment"));
        session.assessments().get(0).rate("organizational-alignment", Rating.of(4));

        Path saved = dir.resolve("saved.cxwb");
        store.write(workbook, saved);
        JsonNode before =
                WorkbookJson.mapper().readTree(json).get("assessments").get(1);
        JsonNode after = WorkbookJson.mapper()
                .readTree(saved.toFile())
                .get("assessments")
                .get(1);
        assertEquals(before, after, "the unknown assessment is written back exactly");
        assertEquals(
                4,
                WorkbookJson.mapper()
                        .readTree(saved.toFile())
                        .at("/assessments/0/ratings/organizational-alignment")
                        .asInt());
    }
}
