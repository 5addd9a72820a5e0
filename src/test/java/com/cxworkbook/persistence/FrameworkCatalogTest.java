package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken framework files give one clear message naming the file, the JSON path and the fault. */
class FrameworkCatalogTest {

    static final String VALID =
            """
            { "id": "tiny", "version": "1.0", "name": "Tiny", "source": "test",
              "scale": { "min": 1, "max": 2, "allowNotApplicable": true },
              "levels": [ { "id": "low", "name": "Low" }, { "id": "high", "name": "High" } ],
              "sections": [ { "id": "s", "name": "S", "items": [
                  { "id": "a", "name": "A", "statement": "A is done" },
                  { "id": "b", "name": "B", "statement": "B is done" } ] } ],
              "scoring": { "method": "SUM_BANDS", "bands": [
                  { "min": 0, "max": 2, "level": "low" }, { "min": 3, "max": 4, "level": "high" } ] },
              "recommendations": [ { "toLevel": "high", "actions": ["Do B"] } ] }
            """;

    private static FrameworkLoadResult read(String json) throws IOException {
        return FrameworkCatalog.read("custom.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static FrameworkLoadProblem onlyProblem(String json) throws IOException {
        FrameworkLoadResult result = read(json);
        assertFalse(result.loaded(), "should have been rejected");
        assertNull(result.framework());
        assertEquals(1, result.problems().size(), result.problems().toString());
        FrameworkLoadProblem problem = result.problems().get(0);
        assertEquals("custom.json", problem.file());
        return problem;
    }

    @Test
    void validFileLoads() throws IOException {
        FrameworkLoadResult result = read(VALID);
        assertTrue(result.loaded(), result.problems().toString());
        assertEquals("Tiny", result.framework().name());
    }

    @Test
    void missingFieldIsNamedWithItsPath() throws IOException {
        FrameworkLoadProblem problem =
                onlyProblem(VALID.replace("\"statement\": \"B is done\"", "\"statement\": \"\""));
        assertEquals("$.sections[0].items[1].statement", problem.path());
        assertEquals("is missing or empty", problem.message());
        assertEquals("custom.json — $.sections[0].items[1].statement: is missing or empty", problem.toString());
    }

    @Test
    void overlappingBandsAreReported() throws IOException {
        FrameworkLoadProblem problem =
                onlyProblem(VALID.replace("{ \"min\": 3, \"max\": 4", "{ \"min\": 2, \"max\": 4"));
        assertEquals("$.scoring.bands", problem.path());
        assertEquals("band 2–4 overlaps band 0–2", problem.message());
    }

    @Test
    void gapBetweenBandsIsReported() throws IOException {
        FrameworkLoadProblem problem =
                onlyProblem(VALID.replace("{ \"min\": 3, \"max\": 4", "{ \"min\": 4, \"max\": 4"));
        assertEquals("gap between bands: no band covers 3–3", problem.message());
    }

    @Test
    void bandsMustReachTheTopOfTheRange() throws IOException {
        FrameworkLoadProblem problem =
                onlyProblem(VALID.replace("{ \"min\": 3, \"max\": 4", "{ \"min\": 3, \"max\": 3"));
        assertEquals("no band covers 4–4", problem.message());
    }

    @Test
    void duplicateItemIdIsReported() throws IOException {
        FrameworkLoadProblem problem = onlyProblem(VALID.replace("\"id\": \"b\"", "\"id\": \"a\""));
        assertEquals("$.sections[0].items[1].id", problem.path());
        assertEquals("duplicate item id \"a\"", problem.message());
    }

    @Test
    void unknownLevelReferenceIsReported() throws IOException {
        FrameworkLoadProblem problem = onlyProblem(VALID.replace("\"toLevel\": \"high\"", "\"toLevel\": \"expert\""));
        assertEquals("$.recommendations[0].toLevel", problem.path());
        assertEquals("refers to unknown level \"expert\"", problem.message());
    }

    @Test
    void actionSectionTagsAreReadAndCheckedAgainstTheSections() throws IOException {
        String tagged =
                VALID.replace("\"actions\": [\"Do B\"]", "\"actions\": [\"Do B\"], \"actionSections\": [[\"s\"]]");
        FrameworkLoadResult ok = read(tagged);
        assertTrue(ok.loaded(), ok.problems().toString());
        assertEquals(List.of("Do B"), ok.framework().recommendations().get(0).actionsFor("s"));
        FrameworkLoadProblem unknown = onlyProblem(tagged.replace("[[\"s\"]]", "[[\"people\"]]"));
        assertEquals("$.recommendations[0].actionSections[0]", unknown.path());
        assertEquals("refers to unknown section \"people\"", unknown.message());
        FrameworkLoadProblem count = onlyProblem(tagged.replace("[[\"s\"]]", "[[\"s\"], [\"s\"]]"));
        assertEquals("$.recommendations[0].actionSections", count.path());
    }

    @Test
    void notJsonIsReportedWithItsPosition() throws IOException {
        FrameworkLoadProblem problem = onlyProblem("framework: tiny\nlevels: 5");
        assertEquals("$", problem.path());
        assertTrue(problem.message().startsWith("not valid JSON (line 1, column"), problem.message());
    }

    @Test
    void emptyFileIsReported() throws IOException {
        assertEquals("the file is empty", onlyProblem("").message());
        assertEquals("the file is empty", onlyProblem("  \n ").message());
    }

    @Test
    void truncatedFileIsReported() throws IOException {
        FrameworkLoadProblem problem = onlyProblem(VALID.substring(0, VALID.length() / 2));
        assertTrue(problem.message().contains("truncated"), problem.message());
    }

    @Test
    void unknownPropertyIsRejectedSoTyposDoNotDropData() throws IOException {
        FrameworkLoadProblem problem =
                onlyProblem(VALID.replace("\"statement\": \"A is done\"", "\"statment\": \"A is done\""));
        assertEquals("$.sections[0].items[0].statment", problem.path());
        assertEquals("unknown property \"statment\"", problem.message());
    }

    @Test
    void unknownScoringMethodListsTheAcceptedOnes() throws IOException {
        FrameworkLoadProblem problem = onlyProblem(VALID.replace("SUM_BANDS", "AVERAGE"));
        assertEquals("$.scoring.method", problem.path());
        assertEquals("\"AVERAGE\" is not one of SUM_BANDS, MEAN_LEVEL, STAGE_CHECKLIST", problem.message());
    }

    @Test
    void insaneScaleIsRejected() throws IOException {
        FrameworkLoadResult result =
                read(VALID.replace("\"max\": 2, \"allowNotApplicable\"", "\"max\": 1000, \"allowNotApplicable\""));
        assertFalse(result.loaded());
        assertTrue(
                result.problems().stream()
                        .anyMatch(p ->
                                p.path().equals("$.scale.max") && p.message().equals("must be at most 10 (got 1000)")),
                result.problems().toString());
    }

    @Test
    void meanLevelNeedsOneLevelPerScaleValue() throws IOException {
        String json = VALID.replace("\"method\": \"SUM_BANDS\"", "\"method\": \"MEAN_LEVEL\"")
                .replace("\"max\": 2, \"allowNotApplicable\"", "\"max\": 3, \"allowNotApplicable\"");
        FrameworkLoadProblem problem = onlyProblem(json);
        assertEquals("$.levels", problem.path());
        assertTrue(problem.message().startsWith("MEAN_LEVEL needs one level per scale value"), problem.message());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingItAll(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) FrameworkCatalog.MAX_FILE_BYTES + 10]);
        FrameworkLoadResult result = FrameworkCatalog.readFile(huge);
        assertFalse(result.loaded());
        assertTrue(result.problems().get(0).message().startsWith("is larger than 2 MB"));
    }

    @Test
    void deeplyNestedFileIsRefused() throws IOException {
        String nested = "{\"id\":" + "[".repeat(500) + "]".repeat(500) + "}";
        FrameworkLoadResult result = read(nested);
        assertFalse(result.loaded());
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthers() throws IOException {
        FrameworkCatalog catalog =
                FrameworkCatalog.of(List.of(read(VALID), read("{"), read(VALID.replace("\"tiny\"", "\"other\""))));
        assertEquals(
                List.of("tiny", "other"),
                catalog.frameworks().stream().map(f -> f.id()).toList());
        assertEquals(1, catalog.problems().size());
    }

    @Test
    void duplicateFrameworkIdAcrossFilesIsReported() throws IOException {
        FrameworkCatalog catalog = FrameworkCatalog.of(List.of(read(VALID), read(VALID)));
        assertEquals(1, catalog.frameworks().size());
        assertEquals(
                "duplicate framework id \"tiny\" (already loaded from another file)",
                catalog.problems().get(0).message());
    }
}
