package com.cxworkbook.export;

import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens exported files read-only, the way a test inspects what a client would open. */
final class XlsxRead {

    private XlsxRead() {}

    static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        if (r == null) {
            throw new AssertionError("row " + (row + 1) + " missing on " + sheet.getSheetName());
        }
        Cell cell = r.getCell(column);
        if (cell == null) {
            throw new AssertionError("cell " + new org.apache.poi.ss.util.CellReference(row, column).formatAsString()
                    + " missing on " + sheet.getSheetName());
        }
        return cell;
    }

    /** Row index of the first cell in a column holding exactly this text, or -1. */
    static int find(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && text.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        return -1;
    }
}
