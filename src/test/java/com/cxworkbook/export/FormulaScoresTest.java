package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Scorer;
import com.cxworkbook.domain.Workbook;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score and stage formulas in the gap sheets, recomputed by POI's evaluator from the file (not from
 * the cached values), give exactly the app's own scores — and keep doing so when a rating is edited.
 */
class FormulaScoresTest {

    @TempDir
    Path dir;

    static Stream<Arguments> workbooks() {
        Stream.Builder<Arguments> cases = Stream.builder();
        cases.add(Arguments.of("sample", StartupData.readSample()));
        cases.add(Arguments.of("every framework with N/A and unrated", Fixtures.everyFramework()));
        cases.add(Arguments.of("nothing rated", Fixtures.unrated()));
        for (int v = 0; v <= 5; v++) {
            cases.add(Arguments.of("all rated " + v, Fixtures.allRated(v)));
        }
        Random random = new Random(7);
        for (int i = 0; i < 12; i++) {
            cases.add(Arguments.of("random " + i, randomRatings(random)));
        }
        return cases.build();
    }

    /** Random ratings, N/A and gaps in every framework: halves, ties and empty sections come up often. */
    static Workbook randomRatings(Random random) {
        Workbook workbook = new Workbook();
        for (Framework framework : Frameworks.catalog().frameworks()) {
            Assessment assessment = new Assessment(framework);
            for (Item item : framework.items()) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    assessment.rate(item.id(), Rating.NOT_APPLICABLE);
                } else if (roll > 1) {
                    int min = framework.scale().min();
                    assessment.rate(
                            item.id(),
                            Rating.of(min + random.nextInt(framework.scale().max() - min + 1)));
                }
            }
            workbook.getAssessments().add(assessment);
        }
        return workbook;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void recomputedFormulasEqualTheAppsScores(String name, Workbook workbook) throws Exception {
        Path file = dir.resolve("scores.xlsx");
        ExportPlan plan = ExportPlan.of(workbook, Fixtures.LOOKUP);
        XlsxExporter.export(workbook, Fixtures.LOOKUP, file);
        try (XSSFWorkbook xlsx = XlsxRead.open(file)) {
            FormulaEvaluator evaluator = xlsx.getCreationHelper().createFormulaEvaluator();
            for (ExportPlan.Part part : plan.parts()) {
                assertSheetMatches(
                        evaluator, xlsx.getSheet(part.gapSheet()), part.score(), name + " / " + part.gapSheet());
            }
        }
    }

    @Test
    void editingARatingInTheSpreadsheetMovesTheStageLikeTheApp() throws Exception {
        Workbook workbook = StartupData.readSample();
        Path file = dir.resolve("edit.xlsx");
        XlsxExporter.export(workbook, Fixtures.LOOKUP, file);
        Framework icmi = Frameworks.get(Frameworks.ICMI);
        Assessment assessment = workbook.getAssessments().get(0);
        try (XSSFWorkbook xlsx = XlsxRead.open(file)) {
            Sheet gap = xlsx.getSheetAt(2);
            FormulaEvaluator evaluator = xlsx.getCreationHelper().createFormulaEvaluator();
            List<Item> items = icmi.items();
            for (int i = 0; i < items.size(); i++) {
                // the room re-rates everything as "achieved" except two items marked N/A
                Cell cell = XlsxRead.cell(gap, GapSheet.FIRST_ITEM_ROW + i, GapSheet.RATING);
                if (i < 2) {
                    cell.setCellValue("N/A");
                    assessment.rate(items.get(i).id(), Rating.NOT_APPLICABLE);
                } else {
                    cell.setCellValue(5);
                    assessment.rate(items.get(i).id(), Rating.of(5));
                }
            }
            evaluator.clearAllCachedResultValues();
            ScoreResult expected = Scorer.score(icmi, assessment);
            assertEquals("Customer-Champion", expected.level().name());
            assertSheetMatches(evaluator, gap, expected, "edited");
        }
    }

    private static void assertSheetMatches(FormulaEvaluator evaluator, Sheet sheet, ScoreResult score, String where) {
        int total = XlsxRead.find(sheet, GapSheet.SECTION, GapSheet.TOTAL);
        assertTrue(total > 0, where);
        Cell scoreCell = XlsxRead.cell(sheet, total + 2, GapSheet.RATING);
        Cell stageCell = XlsxRead.cell(sheet, total + 3, GapSheet.RATING);
        assertEquals(CellType.FORMULA, scoreCell.getCellType());
        assertEquals(CellType.FORMULA, stageCell.getCellType());
        CellValue computedScore = evaluator.evaluate(scoreCell);
        CellValue computedStage = evaluator.evaluate(stageCell);
        CellValue totalRating = evaluator.evaluate(XlsxRead.cell(sheet, total, GapSheet.RATING));
        assertEquals(score.rawSum(), totalRating.getNumberValue(), 0.0, where + " total");
        if (score.rated() == 0) {
            assertEquals("", computedScore.getStringValue(), where);
            assertEquals("", computedStage.getStringValue(), where);
            return;
        }
        assertEquals(CellType.NUMERIC, computedScore.getCellType(), where + " score is a number");
        assertEquals(score.score(), computedScore.getNumberValue(), 1e-9, where + " score");
        assertEquals(CellType.STRING, computedStage.getCellType(), where + " stage is text");
        assertEquals(score.levelText(), computedStage.getStringValue(), where + " stage");
        CellValue low = evaluator.evaluate(XlsxRead.cell(sheet, total + 4, GapSheet.RATING));
        CellValue high = evaluator.evaluate(XlsxRead.cell(sheet, total + 4, GapSheet.GAP));
        String mark = evaluator
                .evaluate(XlsxRead.cell(sheet, total + 5, GapSheet.RATING))
                .getStringValue();
        if (score.isPartial()) {
            assertEquals(score.range().low(), low.getNumberValue(), 1e-9, where + " lowest final score");
            assertEquals(score.range().high(), high.getNumberValue(), 1e-9, where + " highest final score");
            assertTrue(
                    mark.startsWith(GapSheet.PARTIAL_MARK + score.rated() + " of "
                            + (score.itemCount() - score.notApplicable()) + " rated"),
                    where + ": " + mark);
        } else {
            assertEquals("", low.getStringValue(), where + " no range when complete");
            assertEquals("", mark, where + " no partial mark when complete");
        }
    }
}
