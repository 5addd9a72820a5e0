package com.cxworkbook.export;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits an exported file with POI the way a client edits it in Excel: by header and activity, not by position. */
public final class GapSheetEdits implements AutoCloseable {

    private record Formula(String text) {}

    final XSSFWorkbook xlsx;
    private final Path target;

    private GapSheetEdits(XSSFWorkbook xlsx, Path target) {
        this.xlsx = xlsx;
        this.target = target;
    }

    /** Opens {@code exported} for editing; {@link #close()} saves the edits to {@code target}. */
    public static GapSheetEdits open(Path exported, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(exported)) {
            return new GapSheetEdits(new XSSFWorkbook(in), target);
        }
    }

    public Sheet sheet(String name) {
        Sheet sheet = xlsx.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("no sheet " + name);
        }
        return sheet;
    }

    public static int column(Sheet sheet, String headerStart) {
        Row header = sheet.getRow(headerRow(sheet));
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith(headerStart)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + headerStart);
    }

    public static int headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals("Item id")) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no header on " + sheet.getSheetName());
    }

    /** The row of an activity, found by its hidden item id. */
    public static Row rowOf(Sheet sheet, String itemId) {
        int id = column(sheet, "Item id");
        for (Row row : sheet) {
            Cell cell = row.getCell(id);
            if (row.getRowNum() > headerRow(sheet) && cell != null && itemId.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + itemId);
    }

    public static void set(Sheet sheet, String itemId, String headerStart, String value) {
        Row row = rowOf(sheet, itemId);
        int c = column(sheet, headerStart);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        cell.setCellValue(value);
    }

    /** Reverses the order of the activity rows (a sort), moving every cell's value, style and formula. */
    public static void reverseRows(Sheet sheet, int count) {
        int first = headerRow(sheet) + 1;
        List<List<Object[]>> rows = new ArrayList<>();
        for (int r = first; r < first + count; r++) {
            List<Object[]> cells = new ArrayList<>();
            for (Cell cell : sheet.getRow(r)) {
                Object value =
                        switch (cell.getCellType()) {
                            case STRING -> cell.getStringCellValue();
                            case NUMERIC -> cell.getNumericCellValue();
                            case FORMULA -> new Formula(cell.getCellFormula());
                            default -> null;
                        };
                cells.add(new Object[] {cell.getColumnIndex(), value, cell.getCellStyle()});
            }
            rows.add(cells);
        }
        for (int i = 0; i < count; i++) {
            Row row = sheet.getRow(first + i);
            sheet.removeRow(row);
            row = sheet.createRow(first + i);
            for (Object[] cell : rows.get(count - 1 - i)) {
                Cell c = row.createCell((Integer) cell[0]);
                c.setCellStyle((org.apache.poi.ss.usermodel.CellStyle) cell[2]);
                if (cell[1] instanceof Formula f) {
                    c.setCellFormula(f.text());
                } else if (cell[1] instanceof String s) {
                    c.setCellValue(s);
                } else if (cell[1] instanceof Double d) {
                    c.setCellValue(d);
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        try (OutputStream out = Files.newOutputStream(target)) {
            xlsx.write(out);
        }
        xlsx.close();
    }
}
