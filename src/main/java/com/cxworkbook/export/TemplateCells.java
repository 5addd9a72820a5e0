package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.ACTION_COLUMNS;
import static com.cxworkbook.export.FrameworkTemplate.FRAMEWORK;
import static com.cxworkbook.export.FrameworkTemplate.ITEMS;
import static com.cxworkbook.export.FrameworkTemplate.ITEM_COLUMNS;
import static com.cxworkbook.export.FrameworkTemplate.MAX_COLUMNS;
import static com.cxworkbook.export.FrameworkTemplate.STAGES;
import static com.cxworkbook.export.FrameworkTemplate.STAGE_COLUMNS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of one framework template as the sheet readers see them: typed text and whole numbers (a
 * formula or error value is a problem, never computed), header columns by name, the problems found so far,
 * and which cell each JSON path came from, so a {@code FrameworkValidator} message can name the cell to fix.
 */
final class TemplateCells {

    final List<TemplateProblem> problems = new ArrayList<>();
    /** JSON path (as the validator reports it) → the cell it came from, e.g. "Items!E7 (Item id)". */
    private final Map<String, String> origins = new LinkedHashMap<>();

    void problem(String where, String message) {
        problems.add(new TemplateProblem(where, message));
    }

    /** Records that the value at {@code path} was read from {@code where}. */
    void record(String path, String where) {
        origins.put(path, where);
    }

    /** The cell recorded for exactly this path, or null. */
    String at(String path) {
        return origins.get(path);
    }

    /** The cell a validator path came from: the path itself, else its nearest recorded parent. */
    String cellOf(String path) {
        String p = path;
        while (true) {
            String cell = origins.get(p);
            if (cell != null) {
                return cell;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 1) {
                return FRAMEWORK;
            }
            p = p.substring(0, cut);
        }
    }

    /** Header name → column, from row 1; reports required headers that are missing. */
    Map<String, Integer> headers(Sheet sheet, List<String> required) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        if (header != null) {
            for (int c = 0; c < Math.min(header.getLastCellNum(), MAX_COLUMNS); c++) {
                String text = text(sheet, header, c);
                if (text != null) {
                    columns.putIfAbsent(canonical(text), c);
                }
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problem(
                        sheet.getSheetName() + "!1",
                        "the column \"" + column + "\" is missing from"
                                + " the header row. Put the headers back as in the template: "
                                + String.join(
                                        ", ",
                                        sheet.getSheetName().equals(ITEMS)
                                                ? ITEM_COLUMNS
                                                : sheet.getSheetName().equals(STAGES)
                                                        ? STAGE_COLUMNS
                                                        : ACTION_COLUMNS));
            }
        }
        return columns;
    }

    /** The template's spelling of a known header typed in another case; other headers as typed. */
    private static String canonical(String header) {
        for (List<String> known : List.of(ITEM_COLUMNS, STAGE_COLUMNS, ACTION_COLUMNS)) {
            for (String name : known) {
                if (name.equalsIgnoreCase(header)) {
                    return name;
                }
            }
        }
        return header;
    }

    static int col(Map<String, Integer> columns, String name) {
        return columns.getOrDefault(name, -1);
    }

    /** The text under a named header in this row, or null when the column or the value is missing. */
    String get(Sheet sheet, Row row, Map<String, Integer> columns, String column) {
        Integer c = columns.get(column);
        return c == null ? null : text(sheet, row, c);
    }

    /** A cell as stripped text (whole numbers without ".0"), or null when empty; formulas and errors are refused. */
    String text(Sheet sheet, Row row, int column) {
        if (row == null || column < 0) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String text =
                switch (cell.getCellType()) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> {
                        double d = cell.getNumericCellValue();
                        yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
                    }
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    case FORMULA -> {
                        problem(
                                ref(sheet, row.getRowNum(), column, null),
                                "holds a formula. Replace it with its value (copy, then Paste Special › Values)");
                        yield null;
                    }
                    case ERROR -> {
                        problem(ref(sheet, row.getRowNum(), column, null), "holds an error value. Type the value in");
                        yield null;
                    }
                    default -> null;
                };
        if (text == null) {
            return null;
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    /** The text as a whole number, or null (a problem at {@code where} when it is not one, or empty but required). */
    Integer whole(String text, String where, boolean required) {
        if (text == null) {
            if (required) {
                problem(where, "is empty. Enter a whole number");
            }
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem(where, "\"" + text + "\" is not a whole number. Enter one such as 5");
            return null;
        }
    }

    /** "Items!E7 (Item id)": the sheet, the cell and the header, or the row when the column is missing. */
    static String ref(Sheet sheet, int row, int column, String header) {
        if (column < 0) {
            return sheet.getSheetName() + "!" + (row + 1)
                    + (header == null ? "" : " (column \"" + header + "\" is missing)");
        }
        return sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString(false)
                + (header == null ? "" : " (" + header + ")");
    }

    /** {@code id}, or {@code id-2}, {@code id-3} … when it is taken. */
    static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
