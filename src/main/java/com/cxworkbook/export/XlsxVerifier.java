package com.cxworkbook.export;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapLine;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.io.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported file back with POI, as a client's spreadsheet would, and checks it against what was
 * meant to be written: the sheets, one row per item, a few values, and the cached formula results (the
 * score and stage a viewer without recalculation shows) against the app's own score.
 */
public final class XlsxVerifier {

    private static final double TOLERANCE = 1e-9;

    static {
        ensureLimits();
    }

    /** Raises POI's zip-bomb guards enough for the largest export this app writes (and reads back). */
    static void ensureLimits() {
        // POI refuses zip files with more than 1,000 entries as a zip-bomb guard; an export of many assessments
        // has two sheets (plus relations) each. The file read back here is the one this app just wrote.
        if (ZipSecureFile.getMaxFileCount() < 20_000) {
            ZipSecureFile.setMaxFileCount(20_000);
        }
        // many near-identical sheets compress far better than POI's zip-bomb guard expects
        if (ZipSecureFile.getMinInflateRatio() > 0.001) {
            ZipSecureFile.setMinInflateRatio(0.001);
        }
    }

    private XlsxVerifier() {}

    /** Checks a file exported from this workbook; for callers that did not keep the plan (self-test). */
    public static VerificationReport verify(Path file, Workbook workbook, FrameworkLookup frameworks)
            throws ExportException {
        return verify(file, ExportPlan.of(workbook, frameworks));
    }

    public static VerificationReport verify(Path file, ExportPlan plan) {
        Check check = new Check();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook xlsx = new XSSFWorkbook(pkg)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < xlsx.getNumberOfSheets(); i++) {
                names.add(xlsx.getSheetName(i));
            }
            if (!check.equal("sheet names", plan.sheetNames(), names)) {
                return check.report();
            }
            Sheet summary = xlsx.getSheet(ExportPlan.SUMMARY_SHEET);
            check.equal(
                    "Summary client", CellText.safe(plan.workbook().getClient()), text(summary, 2, SummarySheet.VALUE));
            for (ExportPlan.Part part : plan.parts()) {
                grid(check, xlsx.getSheet(part.gridSheet()), part);
                gap(check, xlsx.getSheet(part.gapSheet()), part);
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            check.problems.add("the file could not be read back: " + Messages.cut(e.getMessage(), 120));
        }
        return check.report();
    }

    private static void grid(Check check, Sheet sheet, ExportPlan.Part part) {
        Framework framework = part.framework();
        List<Item> items = framework.items();
        String where = "'" + sheet.getSheetName() + "'";
        int header = AssessmentSheet.headerRow(part);
        check.equal(where + " rows", header + items.size(), lastItemRow(sheet, header, 1, items));
        for (int i = 0; i < items.size(); i++) {
            int row = header + 1 + i;
            check.equal(where + " item " + (row + 1), CellText.safe(items.get(i).name()), text(sheet, row, 1));
            check.equal(
                    where + " rating " + (row + 1),
                    expectedRating(
                            framework,
                            part.assessment().getRatings().get(items.get(i).id())),
                    value(sheet, row, 3));
        }
    }

    private static void gap(Check check, Sheet sheet, ExportPlan.Part part) {
        Framework framework = part.framework();
        List<Item> items = framework.items();
        String where = "'" + sheet.getSheetName() + "'";
        int totalRow = GapSheet.FIRST_ITEM_ROW + items.size();
        check.equal(where + " TOTAL row", GapSheet.TOTAL, text(sheet, totalRow, GapSheet.SECTION));
        List<GapLine> lines = GapWorksheet.lines(framework, part.assessment());
        for (int i = 0; i < items.size(); i++) {
            int row = GapSheet.FIRST_ITEM_ROW + i;
            Item item = items.get(i);
            check.equal(
                    where + " activity " + (row + 1),
                    CellText.safe(item.displayName()),
                    text(sheet, row, GapSheet.ACTIVITY));
            Integer gap = lines.get(i).gap();
            check.equal(
                    where + " gap " + (row + 1),
                    gap == null ? "" : (Object) gap.doubleValue(),
                    value(sheet, row, GapSheet.GAP));
        }
        ScoreResult score = part.score();
        check.equal(where + " total rating", (double) score.rawSum(), value(sheet, totalRow, GapSheet.RATING));
        Object cachedScore = value(sheet, totalRow + 2, GapSheet.RATING);
        Object cachedStage = value(sheet, totalRow + 3, GapSheet.RATING);
        if (score.rated() == 0) {
            check.equal(where + " score", "", cachedScore);
            check.equal(where + " stage", "", cachedStage);
        } else {
            check.close(where + " score", score.score(), cachedScore);
            check.equal(where + " stage", score.level() == null ? "" : score.levelText(), cachedStage);
            if (score.isPartial()) {
                check.close(
                        where + " lowest final score",
                        score.range().low(),
                        value(sheet, totalRow + 4, GapSheet.RATING));
                check.close(
                        where + " highest final score", score.range().high(), value(sheet, totalRow + 4, GapSheet.GAP));
            }
        }
    }

    private static Object expectedRating(Framework framework, Rating rating) {
        if (rating == null) {
            return "";
        }
        if (rating.isNotApplicable()) {
            return "N/A";
        }
        return framework.scale().contains(rating.value()) ? (Object) (double) rating.value() : "";
    }

    /** The last row that still holds one of the items, or where the item list breaks off. */
    private static int lastItemRow(Sheet sheet, int header, int column, List<Item> items) {
        int row = header;
        for (Item item : items) {
            if (!CellText.safe(item.name()).equals(text(sheet, row + 1, column))) {
                break;
            }
            row++;
        }
        return row;
    }

    private static String text(Sheet sheet, int row, int column) {
        Object value = value(sheet, row, column);
        return value instanceof String s ? s : String.valueOf(value);
    }

    /** The value a viewer shows: a string, a double, or the cached result of a formula; "" when empty. */
    static Object value(Sheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex);
        Cell cell = row == null ? null : row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> "#ERROR " + cell.getErrorCellValue();
            default -> "";
        };
    }

    private static final class Check {
        final List<String> problems = new ArrayList<>();
        int checks;

        boolean equal(String what, Object expected, Object actual) {
            checks++;
            if (!Objects.equals(expected, actual)) {
                problems.add(what + ": expected " + shorten(expected) + " but found " + shorten(actual));
                return false;
            }
            return true;
        }

        void close(String what, double expected, Object actual) {
            checks++;
            if (!(actual instanceof Double d) || Math.abs(d - expected) > TOLERANCE) {
                problems.add(what + ": expected " + expected + " but found " + shorten(actual));
            }
        }

        VerificationReport report() {
            return new VerificationReport(problems, checks);
        }

        private static String shorten(Object value) {
            String text = String.valueOf(value);
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }
    }
}
