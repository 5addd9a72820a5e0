package com.cxworkbook.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet and remembers the widest text per column, so widths are fitted without
 * POI's autoSizeColumn (which measures fonts through AWT and is slow). Text always goes in as a string
 * cell: a note that starts with "=" stays text and never becomes a formula.
 */
final class SheetWriter {

    private static final int MAX_COLUMNS = 32;
    private static final float LINE_POINTS = 13f;
    private static final float MAX_ROW_POINTS = 409f;
    /** Proportional text is narrower than the '0' a column width is measured in. */
    private static final double CHARS_PER_WIDTH = 1.35;

    final XSSFSheet sheet;
    final Styles styles;
    private final int[] widest = new int[MAX_COLUMNS];
    private final int[] cap = new int[MAX_COLUMNS];
    private final Map<Integer, List<Wrapped>> wrappedByRow = new HashMap<>();

    /** Text in a wrapping cell: row heights are set from it, as neither POI nor LibreOffice fit them. */
    private record Wrapped(int column, String text, boolean bold) {}

    SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        Arrays.fill(cap, 40);
    }

    /** Limits a column's width (in characters); longer text wraps. */
    void cap(int column, int characters) {
        cap[column] = characters;
    }

    Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    Cell text(int row, int column, String value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        String safe = CellText.safe(value);
        cell.setCellValue(safe);
        cell.setCellStyle(style);
        measure(row, column, safe, style);
        return cell;
    }

    /** A title or note that may run past its column; not counted towards the column's width. */
    Cell banner(int row, int column, String value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellValue(CellText.safe(value));
        cell.setCellStyle(style);
        return cell;
    }

    Cell number(int row, int column, double value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        measure(row, column, "00000", style);
        return cell;
    }

    Cell date(int row, int column, LocalDate value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        measure(row, column, "2026-12-31", style);
        return cell;
    }

    Cell formula(int row, int column, String formula, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        measure(row, column, "000000", style);
        return cell;
    }

    Cell empty(int row, int column, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    private void measure(int row, int column, String value, CellStyle style) {
        if (column >= MAX_COLUMNS) {
            return;
        }
        int longest = 0;
        for (String line : value.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        widest[column] = Math.max(widest[column], longest);
        if (style.getWrapText() && !value.isEmpty()) {
            wrappedByRow
                    .computeIfAbsent(row, r -> new ArrayList<>())
                    .add(new Wrapped(column, value, style == styles.header));
        }
    }

    private static int lines(String text, int widthChars, double charsPerWidth) {
        int perLine = Math.max(1, (int) ((widthChars - 1) * charsPerWidth));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    /** Bold header row of the sheet's main table: frozen, and repeated on every printed page after the first. */
    void header(int row, String... titles) {
        tableHeader(row, titles);
        sheet.createFreezePane(0, row + 1);
        sheet.setRepeatingRows(new CellRangeAddress(row, row, 0, titles.length - 1));
    }

    /** Bold header of a small table: printed once, where it stands. */
    void tableHeader(int row, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            text(row, c, titles[c], styles.header);
        }
    }

    /** Column widths and row heights from the text; the page set-up is {@link PrintLayout}'s. */
    void finish(int columns) {
        int[] width = new int[MAX_COLUMNS];
        for (int c = 0; c < MAX_COLUMNS; c++) {
            width[c] = Math.max(8, Math.min(cap[c], widest[c] + 2));
            if (c < columns) {
                sheet.setColumnWidth(c, width[c] * 256);
            }
        }
        wrappedByRow.forEach((row, cells) -> {
            int lines = 1;
            for (Wrapped cell : cells) {
                lines = Math.max(lines, lines(cell.text(), width[cell.column()], cell.bold() ? 1.0 : CHARS_PER_WIDTH));
            }
            if (lines > 1) {
                row(row).setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2));
            }
        });
        PrintLayout.report(sheet);
    }
}
