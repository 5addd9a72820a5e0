package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Workbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads back the gap-analysis sheets of an export the client has edited, and works out what they change.
 * Sheets are recognised by their hidden "Item id" column and assessment mark (not by name or position),
 * columns by their header text (so added or moved columns do not matter) and rows by the hidden item id,
 * else the activity name (so sorted, filtered or deleted rows do not matter). Only the action-plan
 * columns are read: Priority, Effort, Type of initiative, Action(s), Owner, Target date and Status;
 * ratings and formulas stay the workbook's. Rows with a problem contribute nothing.
 */
public final class GapSheetReader {

    /** The header texts (lower case, start of text) that identify a readable column. */
    private static final Map<String, GapField<?>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("priority", GapField.PRIORITY);
        HEADERS.put("potential effort", GapField.EFFORT);
        HEADERS.put("type of initiative", GapField.INITIATIVE);
        HEADERS.put("action", GapField.ACTIONS);
        HEADERS.put("target completion date", GapField.TARGET_DATE);
        HEADERS.put("owner", GapField.OWNER);
        HEADERS.put("status", GapField.STATUS);
    }

    private static final int HEADER_SEARCH_ROWS = 40;
    private static final int HEADER_SEARCH_COLUMNS = 60;

    private final Workbook workbook;
    private final FrameworkLookup frameworks;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final List<GapChange> changes = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int rowsRead;

    private GapSheetReader(Workbook workbook, FrameworkLookup frameworks) {
        this.workbook = workbook;
        this.frameworks = frameworks;
    }

    /** Reads {@code file} against {@code workbook}; never changes either. */
    public static GapImport read(Path file, Workbook workbook, FrameworkLookup frameworks) {
        GapSheetReader reader = new GapSheetReader(workbook, frameworks);
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            reader.fileProblem(name + " was not found.");
        } else {
            reader.readFile(file, name);
        }
        return new GapImport(name, reader.changes, reader.problems, reader.rowsRead);
    }

    private void readFile(Path file, String name) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException
                | InvalidOperationException
                | NotOfficeXmlFileException
                | EmptyFileException
                | POIXMLException e) {
            fileProblem(name
                    + " is not an Excel workbook (.xlsx); open it in Excel and save it as \"Excel Workbook (.xlsx)\".");
            return;
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(pkg)) {
            read(xlsx, name);
        } catch (IOException | RuntimeException e) {
            fileProblem(name + " could not be read as an Excel workbook ("
                    + e.getClass().getSimpleName() + ").");
        } finally {
            pkg.revert();
        }
    }

    private void read(XSSFWorkbook xlsx, String name) {
        if (!ExportMarker.isOurs(xlsx)) {
            fileProblem(name
                    + " is not a gap sheet exported by CX Maturity Workbook; only its own exports can be read back.");
            return;
        }
        String theirs = ExportMarker.client(xlsx).orElse("");
        String ours = workbook.getClient() == null ? "" : workbook.getClient();
        if (!theirs.strip().equalsIgnoreCase(ours.strip())) {
            fileProblem(name + " was exported from the workbook of " + quoted(theirs) + ", not of " + quoted(ours)
                    + "; open that client's workbook to import it.");
            return;
        }
        int gapSheets = 0;
        for (Sheet sheet : xlsx) {
            if (readSheet(sheet)) {
                gapSheets++;
            }
        }
        if (gapSheets == 0) {
            fileProblem(name + " has no gap-analysis sheet this app can read (the hidden Item id column is missing).");
        }
    }

    /** Reads one sheet; false when it is not a gap sheet (summary, grids, participants). */
    private boolean readSheet(Sheet sheet) {
        Header header = findHeader(sheet);
        if (header == null) {
            return false;
        }
        String sheetName = sheet.getSheetName();
        String assessmentId = assessmentMark(sheet, header.idColumn);
        if (assessmentId == null) {
            problems.add(new ImportProblem(
                    sheetName,
                    0,
                    "",
                    "the sheet does not say which assessment it belongs to; " + "export again and edit the new file."));
            return true;
        }
        Assessment assessment = workbook.getAssessments().stream()
                .filter(a -> assessmentId.equals(a.getId()))
                .findFirst()
                .orElse(null);
        Framework framework = assessment == null || assessment.getFrameworkId() == null
                ? null
                : frameworks.find(assessment.getFrameworkId()).orElse(null);
        if (assessment == null) {
            problems.add(new ImportProblem(
                    sheetName,
                    0,
                    "",
                    "the sheet belongs to an assessment this workbook does not have (" + assessmentId
                            + "); it comes from another workbook."));
            return true;
        }
        if (assessment.isClosed()) {
            problems.add(
                    new ImportProblem(
                            sheetName,
                            0,
                            "",
                            "the sheet is of a closed round (a follow-up has started "
                                    + "and holds its open actions); reopen the round (Workbook → Reopen round) to import into it."));
            return true;
        }
        if (framework == null) {
            problems.add(new ImportProblem(
                    sheetName,
                    0,
                    "",
                    "the assessment's framework \"" + assessment.getFrameworkId()
                            + "\" is not installed, so its activities cannot be matched."));
            return true;
        }
        Map<String, Item> byName = new HashMap<>();
        for (Item item : framework.items()) {
            byName.putIfAbsent(key(item.displayName()), item);
            byName.putIfAbsent(key(item.name()), item);
        }
        String title = assessment.getTitle() == null || assessment.getTitle().isBlank()
                ? framework.name()
                : assessment.getTitle();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = header.row + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Item item = itemOf(row, header, framework, byName, sheetName);
            if (item == null) {
                continue;
            }
            rowsRead++;
            Integer earlier = seen.putIfAbsent(item.id(), r + 1);
            if (earlier != null) {
                problems.add(new ImportProblem(
                        sheetName,
                        r + 1,
                        header.activityName(),
                        "\"" + item.displayName() + "\" appears twice (also row " + earlier
                                + "); neither row was taken."));
                changes.removeIf(
                        c -> c.assessmentId().equals(assessmentId) && c.itemId().equals(item.id()));
                continue;
            }
            readRow(row, header, assessment, title, item, sheetName);
        }
        return true;
    }

    private Item itemOf(Row row, Header header, Framework framework, Map<String, Item> byName, String sheetName) {
        String id = text(row.getCell(header.idColumn)).strip();
        if (!id.isEmpty() && !id.startsWith(GapSheet.ASSESSMENT_MARK)) {
            Item item = framework.item(id).orElse(null);
            if (item == null) {
                problems.add(new ImportProblem(
                        sheetName,
                        row.getRowNum() + 1,
                        GapSheet.ITEM_ID_HEADER,
                        "\"" + id + "\" is not an activity of " + framework.name() + "."));
            }
            return item;
        }
        // no id (a row the client typed or copied in): the activity name, when it is one
        return header.activity < 0 ? null : byName.get(key(text(row.getCell(header.activity))));
    }

    private void readRow(Row row, Header header, Assessment assessment, String title, Item item, String sheetName) {
        GapRow current = GapWorksheet.row(assessment, item.id());
        List<GapChange> found = new ArrayList<>();
        boolean bad = false;
        for (Map.Entry<GapField<?>, Integer> column : header.fields.entrySet()) {
            GapField<?> field = column.getKey();
            Cell cell = row.getCell(column.getValue());
            String columnName = header.names.get(column.getValue());
            Object value;
            try {
                value = value(field, cell);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(sheetName, row.getRowNum() + 1, columnName, e.getMessage()));
                bad = true;
                continue;
            }
            Object before = field.get(current);
            if (!same(before, value)) {
                found.add(
                        new GapChange(assessment.getId(), title, item.id(), item.displayName(), field, before, value));
            }
        }
        if (!bad) {
            changes.addAll(found);
        }
    }

    /** Unchanged also when the file holds what the export wrote for the value (text cut to fit a cell). */
    private static boolean same(Object before, Object after) {
        if (before instanceof String text) {
            String normal = GapField.normalise(text);
            return Objects.equals(normal, after)
                    || (after != null && after.equals(GapField.normalise(CellText.safe(text))));
        }
        return Objects.equals(before, after);
    }

    private Object value(GapField<?> field, Cell cell) {
        if (field == GapField.TARGET_DATE) {
            return date(cell);
        }
        String text = GapField.normalise(text(cell));
        if (text == null) {
            return null;
        }
        if (field == GapField.PRIORITY) {
            return choice(text, Priority.values(), Priority::label);
        }
        if (field == GapField.EFFORT) {
            return choice(text, Effort.values(), Effort::label);
        }
        if (field == GapField.INITIATIVE) {
            return choice(text, InitiativeType.values(), InitiativeType::label);
        }
        if (field == GapField.STATUS) {
            return choice(text, GapStatus.values(), GapStatus::label);
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(String text, E[] values, Function<E, String> label) {
        for (E value : values) {
            if (label.apply(value).equalsIgnoreCase(text) || value.name().equalsIgnoreCase(text.replace(' ', '_'))) {
                return value;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not one of the list: "
                + String.join(", ", Arrays.stream(values).map(label).toList()) + ".");
    }

    private LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double serial = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(serial)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            throw new IllegalArgumentException(
                    formatter.formatCellValue(cell) + " is a number, not a date; enter a date such as 2027-06-30.");
        }
        String text = GapField.normalise(text(cell));
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date; enter a date such as 2027-06-30.");
        }
    }

    /** The text a cell shows; formulas by their last result, never their formula text. */
    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /** The header row and its readable columns, found by the hidden "Item id" header. */
    private static final class Header {
        int row;
        int idColumn;
        int activity = -1;
        final Map<GapField<?>, Integer> fields = new LinkedHashMap<>();
        final Map<Integer, String> names = new HashMap<>();

        String activityName() {
            return activity < 0 ? "" : names.get(activity);
        }
    }

    private Header findHeader(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < Math.min(row.getLastCellNum(), HEADER_SEARCH_COLUMNS); c++) {
                if (GapSheet.ITEM_ID_HEADER.equalsIgnoreCase(
                        text(row.getCell(c)).strip())) {
                    return header(row, c);
                }
            }
        }
        return null;
    }

    private Header header(Row row, int idColumn) {
        Header header = new Header();
        header.row = row.getRowNum();
        header.idColumn = idColumn;
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String name = text(row.getCell(c)).strip();
            header.names.put(c, name);
            if (name.equalsIgnoreCase("activity") && header.activity < 0) {
                header.activity = c;
            }
        }
        // the export's own headers first, so a column the client added ("Owner's email") is not taken for ours
        for (boolean exact : new boolean[] {true, false}) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                String lower = header.names.get(c).toLowerCase(Locale.ROOT);
                for (Map.Entry<String, GapField<?>> known : HEADERS.entrySet()) {
                    boolean matches = exact
                            ? lower.equals(
                                            known.getValue() == GapField.PRIORITY
                                                    ? "priority of gap"
                                                    : known.getValue() == GapField.ACTIONS
                                                            ? "action(s) to address gap"
                                                            : known.getKey())
                                    || (exact && lower.startsWith(known.getKey() + " ("))
                            : lower.startsWith(known.getKey());
                    if (matches && !header.fields.containsKey(known.getValue()) && !header.fields.containsValue(c)) {
                        header.fields.put(known.getValue(), c);
                    }
                }
            }
        }
        return header;
    }

    private String assessmentMark(Sheet sheet, int column) {
        for (Row row : sheet) {
            String text = text(row.getCell(column)).strip();
            if (text.startsWith(GapSheet.ASSESSMENT_MARK)) {
                return text.substring(GapSheet.ASSESSMENT_MARK.length());
            }
        }
        return null;
    }

    private void fileProblem(String message) {
        problems.add(new ImportProblem("", 0, "", message));
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String quoted(String client) {
        return client == null || client.isBlank() ? "an unnamed client" : "\"" + client + "\"";
    }
}
