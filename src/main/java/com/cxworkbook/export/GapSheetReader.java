package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.GapChange;
import com.cxworkbook.domain.GapField;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapWorksheet;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Workbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
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

    private final Workbook workbook;
    private final FrameworkLookup frameworks;
    private final GapCellValues cells = new GapCellValues();
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
        GapSheetHeader header = GapSheetHeader.find(sheet, cells);
        if (header == null) {
            return false;
        }
        String sheetName = sheet.getSheetName();
        String assessmentId = assessmentMark(sheet, header.idColumn);
        if (assessmentId == null) {
            sheetProblem(
                    sheetName,
                    "the sheet does not say which assessment it belongs to; " + "export again and edit the new file.");
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
            sheetProblem(
                    sheetName,
                    "the sheet belongs to an assessment this workbook does not have (" + assessmentId
                            + "); it comes from another workbook.");
            return true;
        }
        if (assessment.isClosed()) {
            sheetProblem(
                    sheetName,
                    "the sheet is of a closed round (a follow-up has started and holds its open actions); "
                            + "reopen the round to import into it.",
                    ImportProblem.Kind.CLOSED_ROUND);
            return true;
        }
        if (framework == null) {
            sheetProblem(
                    sheetName,
                    "the assessment's framework \"" + assessment.getFrameworkId()
                            + "\" is not installed, so its activities cannot be matched.");
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

    private Item itemOf(
            Row row, GapSheetHeader header, Framework framework, Map<String, Item> byName, String sheetName) {
        String id = cells.text(row.getCell(header.idColumn)).strip();
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
        return header.activity < 0 ? null : byName.get(key(cells.text(row.getCell(header.activity))));
    }

    private void readRow(
            Row row, GapSheetHeader header, Assessment assessment, String title, Item item, String sheetName) {
        GapRow current = GapWorksheet.row(assessment, item.id());
        List<GapChange> found = new ArrayList<>();
        boolean bad = false;
        for (Map.Entry<GapField<?>, Integer> column : header.fields.entrySet()) {
            GapField<?> field = column.getKey();
            Cell cell = row.getCell(column.getValue());
            String columnName = header.names.get(column.getValue());
            Object value;
            try {
                value = cells.value(field, cell);
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(sheetName, row.getRowNum() + 1, columnName, e.getMessage()));
                bad = true;
                continue;
            }
            Object before = field.get(current);
            if (!GapCellValues.same(before, value)) {
                found.add(
                        new GapChange(assessment.getId(), title, item.id(), item.displayName(), field, before, value));
            }
        }
        if (!bad) {
            changes.addAll(found);
        }
    }

    private String assessmentMark(Sheet sheet, int column) {
        for (Row row : sheet) {
            String text = cells.text(row.getCell(column)).strip();
            if (text.startsWith(GapSheet.ASSESSMENT_MARK)) {
                return text.substring(GapSheet.ASSESSMENT_MARK.length());
            }
        }
        return null;
    }

    private void sheetProblem(String sheetName, String message) {
        sheetProblem(sheetName, message, ImportProblem.Kind.OTHER);
    }

    private void sheetProblem(String sheetName, String message, ImportProblem.Kind kind) {
        problems.add(new ImportProblem(sheetName, 0, "", message, kind));
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
