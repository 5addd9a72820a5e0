package com.cxworkbook.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in a framework template with POI as a consultant would in Excel: typing into cells, adding rows. */
public final class TemplateFiller {

    private TemplateFiller() {}

    /** A new template, edited by {@code edit}, saved as {@code file}. */
    public static Path blankEdited(Path file, Consumer<XSSFWorkbook> edit) throws Exception {
        FrameworkTemplateWriter.writeBlank(file);
        return edited(file, edit);
    }

    /** The template at {@code file} after {@code edit}, saved in place. */
    public static Path edited(Path file, Consumer<XSSFWorkbook> edit) throws Exception {
        XSSFWorkbook workbook;
        try (var in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        edit.accept(workbook);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    /** The example template made into "Acme CX" (a framework of one's own) with one more item. */
    public static void acme(XSSFWorkbook workbook) {
        Sheet framework = workbook.getSheet("Framework");
        set(framework, "B2", "acme-cx");
        set(framework, "B3", "Acme CX Maturity");
        set(framework, "B4", "1.0");
        Sheet items = workbook.getSheet("Items");
        Row row = items.createRow(items.getLastRowNum() + 1);
        row.createCell(0).setCellValue("insight");
        row.createCell(1).setCellValue("Customer insight");
        row.createCell(5).setCellValue("Complaint analysis");
        row.createCell(7).setCellValue("Complaints are analysed for root causes every quarter.");
        // one more item: the totals now run 5–25, so the last band must reach 25
        set(workbook.getSheet("Framework"), bandCell(workbook, 2, 1), 25);
    }

    /** The cell of a band's column ({@code 0} From, {@code 1} To, {@code 2} Stage) in band row {@code band}. */
    static String bandCell(XSSFWorkbook workbook, int band, int column) {
        Sheet sheet = workbook.getSheet("Framework");
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            if (a != null
                    && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && a.getStringCellValue().equals("Score bands")) {
                return new org.apache.poi.ss.util.CellReference(row.getRowNum() + 2 + band, column)
                        .formatAsString(false);
            }
        }
        throw new AssertionError("no Score bands table");
    }

    public static void set(Sheet sheet, String ref, Object value) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value == null) {
            row.removeCell(cell);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
