package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the test fixtures as .xlsx files to look at in Excel or LibreOffice.
 * <ul>
 *   <li>{@code FixtureExports <folder>}: every framework (N/A, unicode, long and formula-like text), random
 *       ratings, nothing rated</li>
 *   <li>{@code FixtureExports --uncached <n> <folder>}: n random workbooks plus the fixtures above with every
 *       cached formula result removed, each with a {@code .expected} file (gap sheet|score|stage per line, from
 *       Scorer), for scripts/check-export-libreoffice</li>
 * </ul>
 */
public final class FixtureExports {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--uncached")) {
            uncached(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        fixtures(1).forEach((name, workbook) -> {
            try {
                XlsxExporter.export(workbook, Fixtures.LOOKUP, folder.resolve(name + ".xlsx"));
            } catch (ExportException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Map<String, Workbook> fixtures(int random) {
        Map<String, Workbook> fixtures = new LinkedHashMap<>();
        fixtures.put("every-framework", Fixtures.everyFramework());
        fixtures.put("unrated", Fixtures.unrated());
        for (int i = 1; i <= random; i++) {
            fixtures.put("random-" + i, FormulaScoresTest.randomRatings(new Random(i)));
        }
        return fixtures;
    }

    private static void uncached(int random, Path folder) throws Exception {
        for (Map.Entry<String, Workbook> fixture : fixtures(random).entrySet()) {
            ExportPlan plan = ExportPlan.of(fixture.getValue(), Fixtures.LOOKUP);
            try (XSSFWorkbook xlsx = new XlsxExporter(Fixtures.LOOKUP).build(plan, ExportMonitor.NONE, 1)) {
                for (Sheet sheet : xlsx) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.FORMULA) {
                                var ct = ((XSSFCell) cell).getCTCell();
                                if (ct.isSetV()) {
                                    ct.unsetV();
                                }
                                if (ct.isSetT()) {
                                    ct.unsetT();
                                }
                            }
                        }
                    }
                }
                xlsx.setForceFormulaRecalculation(true);
                try (OutputStream out =
                        Files.newOutputStream(folder.resolve("uncached-" + fixture.getKey() + ".xlsx"))) {
                    xlsx.write(out);
                }
            }
            List<String> expected = new ArrayList<>();
            for (ExportPlan.Part part : plan.parts()) {
                boolean rated = part.score().rated() > 0;
                expected.add(part.gapSheet() + "|" + (rated ? part.score().score() : "") + "|"
                        + (rated && part.score().level() != null
                                ? part.score().level().name()
                                : ""));
            }
            Files.write(folder.resolve("uncached-" + fixture.getKey() + ".expected"), expected);
        }
    }
}
