package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Level;
import com.cxworkbook.domain.ScoringMethod;
import com.cxworkbook.domain.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bundled framework checked against the structure of its seed text. */
class BundledFrameworksTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void allFiveLoadWithoutProblems() {
        assertEquals(List.of(), Frameworks.catalog().problems());
        assertEquals(5, Frameworks.catalog().frameworks().size());
    }

    @Test
    void icmiHasTwentyStatementsInFiveSectionsAndFiveStages() {
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        assertEquals(
                List.of("Organizational", "People", "Process", "Metrics", "Technology"),
                icmi.sections().stream().map(Section::name).toList());
        assertEquals(
                List.of(4, 3, 7, 2, 4),
                icmi.sections().stream().map(s -> s.items().size()).toList());
        assertEquals(
                List.of(
                        "Customer-Negligent",
                        "Customer-Chaotic",
                        "Customer-Aware",
                        "Customer-Centric",
                        "Customer-Champion"),
                icmi.levels().stream().map(Level::name).toList());
        for (Level level : icmi.levels()) {
            assertEquals(
                    List.of("People", "Process", "Technology", "Key metrics"),
                    List.copyOf(level.details().keySet()),
                    level.name());
        }
        assertEquals(ScoringMethod.SUM_BANDS, icmi.scoring().method());
        assertEquals(
                List.of(0, 21, 41, 61, 81),
                icmi.scoring().bands().stream().map(b -> b.min()).toList());
        assertEquals("No progress", icmi.scale().label(1));
        assertEquals("Achieved", icmi.scale().label(5));
        assertEquals(4, icmi.recommendations().size());
        assertEquals(7, icmi.recommendationTo("aware").orElseThrow().actions().size());
        assertEquals(5, icmi.recommendationTo("centric").orElseThrow().actions().size());
        assertEquals(
                7, icmi.recommendationTo("champion").orElseThrow().actions().size());
    }

    @Test
    void icmiWordingIsTakenFromTheSeed() throws IOException {
        String seed = normalise(Files.readString(SEEDS.resolve("002_94cfdadcdf18d08e.txt")));
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        for (Item item : icmi.items()) {
            assertTrue(
                    seed.contains(normalise(item.statement())), "statement of " + item.id() + " not found in the seed");
            assertTrue(
                    seed.contains(normalise(item.displayName())),
                    "worksheet name of " + item.id() + " not in the seed");
        }
    }

    @Test
    void astuteHasFiveDimensionsWithTwentyFiveDescriptorsFromTheSeed() throws IOException {
        String seed = normalise(Files.readString(SEEDS.resolve("000_69b8f2b7bac89146.txt")));
        Framework astute = Frameworks.get(Frameworks.ASTUTE);
        assertEquals(
                List.of("Channel Choice", "Personalization", "Self-Service", "Escalation", "Voice of Customer"),
                astute.sections().stream().map(Section::name).toList());
        int descriptors = 0;
        for (Item item : astute.items()) {
            for (String descriptor : item.descriptors().values()) {
                assertTrue(seed.contains(normalise(descriptor)), "descriptor not in seed: " + descriptor);
                descriptors++;
            }
        }
        assertEquals(25, descriptors);
        assertEquals(5, astute.levels().size());
        assertEquals(ScoringMethod.MEAN_LEVEL, astute.scoring().method());
    }

    @Test
    void salesEquityHasFiveStagesOfThreeCharacteristics() throws IOException {
        String seed = normalise(Files.readString(SEEDS.resolve("001_e650df221983bf49.txt")));
        Framework sales = Frameworks.get(Frameworks.SALESEQUITY);
        assertEquals(
                List.of("Chaotic", "Repeatable", "Defined", "Measured", "Optimized"),
                sales.levels().stream().map(Level::name).toList());
        for (Level level : sales.levels()) {
            List<Item> characteristics = sales.items().stream()
                    .filter(i -> level.id().equals(sales.stageOf(i)))
                    .toList();
            assertEquals(3, characteristics.size(), level.name());
            for (Item item : characteristics) {
                assertTrue(seed.contains(normalise(item.name())), item.name());
            }
            assertFalse(level.summary().isBlank(), level.name() + " needs a description");
        }
        assertEquals(ScoringMethod.STAGE_CHECKLIST, sales.scoring().method());
    }

    @Test
    void acaHasThreePhasesAndSevenValues() {
        Framework aca = Frameworks.get(Frameworks.ACA);
        assertEquals(
                List.of("attract", "convert", "advocate"),
                aca.levels().stream().map(Level::id).toList());
        assertEquals(
                List.of(3, 2, 2),
                aca.sections().stream().map(s -> s.items().size()).toList());
        assertEquals(
                List.of("Initiate", "Radiate", "Align", "Optimise", "Nurture", "Engage", "Lifetime Customers"),
                aca.items().stream().map(Item::name).toList());
        assertTrue(aca.source().toLowerCase().contains("derived"));
    }

    @Test
    void cxmmHasFivePracticeAreasOfDerivedStatementsWithDescriptors() {
        Framework cxmm = Frameworks.get(Frameworks.CXMM);
        assertEquals(5, cxmm.sections().size());
        assertTrue(cxmm.sections().get(0).name().startsWith("Data"));
        assertEquals(
                List.of("Design", "Delivery", "Measurement", "Culture"),
                cxmm.sections().subList(1, 5).stream().map(Section::name).toList());
        for (Section section : cxmm.sections()) {
            assertTrue(section.items().size() >= 3 && section.items().size() <= 5, section.name());
            for (Item item : section.items()) {
                assertEquals(5, item.descriptors().size(), item.id());
            }
        }
        assertTrue(cxmm.source().toLowerCase().contains("derived"));
    }

    /** Collapses white space and typographic quotes so verbatim checks ignore line wrapping. */
    private static String normalise(String text) {
        return text.replaceAll("<b>|</b>|\\*\\*", "")
                .replace('’', '\'')
                .replace('“', '"')
                .replace('”', '"')
                .replaceAll("\\s+", " ")
                .toLowerCase();
    }
}
