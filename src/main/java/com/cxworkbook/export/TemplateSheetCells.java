package com.cxworkbook.export;

import static com.cxworkbook.export.FrameworkTemplate.MAX_ROWS;
import static com.cxworkbook.export.FrameworkTemplate.STAGES;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How {@link FrameworkTemplateWriter} fills cells: headers, plain values (whole numbers as numbers, the rest
 * as text; empty values leave no cell), drop-down lists, widths and fitted row heights.
 */
final class TemplateSheetCells {

    final Styles styles;
    /** Text-formatted, so "1.0" typed into Version stays "1.0" instead of becoming the number 1. */
    final CellStyle typedText;

    TemplateSheetCells(XSSFWorkbook workbook) {
        styles = new Styles(workbook);
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(styles.wrapped);
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        typedText = style;
    }

    void header(XSSFSheet sheet, int rowIndex, List<String> columns) {
        header(sheet.createRow(rowIndex), columns);
    }

    void header(XSSFRow row, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            text(row, c, columns.get(c), styles.header);
        }
    }

    static void text(XSSFRow row, int column, String text, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    void value(XSSFRow row, int column, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return;
        }
        XSSFCell cell = row.createCell(column);
        if (value instanceof Integer n) {
            cell.setCellValue(n);
            cell.setCellStyle(styles.text);
        } else {
            cell.setCellValue(CellText.safe(value.toString()));
            cell.setCellStyle(styles.wrapped);
        }
    }

    /**
     * Row heights from the text and the column widths: LibreOffice does not fit the rows of an .xlsx file,
     * and wrapped text in a one-line row hides all but its first line.
     */
    static void fitRowHeights(Sheet sheet) {
        for (Row row : sheet) {
            int lines = 1;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                int chars = Math.max(8, sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 2);
                int cellLines = 0;
                for (String line : cell.getStringCellValue().split("\n", -1)) {
                    cellLines += Math.max(1, (line.length() + chars - 1) / chars);
                }
                lines = Math.max(lines, Math.min(cellLines, 30));
            }
            row.setHeightInPoints(lines * 15f);
        }
    }

    /** Column widths in characters; columns past the list get 40. */
    static void widths(XSSFSheet sheet, int columns, int... chars) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, (c < chars.length ? chars[c] : 40) * 256);
        }
    }

    /** A drop-down of fixed values on one cell; other values are refused. */
    static void list(XSSFSheet sheet, int row, int column, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(values), new CellRangeAddressList(row, row, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    /** A drop-down of the Stages sheet's ids; typing a stage name instead is allowed (no error box). */
    static void stageList(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(STAGES + "!$A$2:$A$" + MAX_ROWS),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }
}
