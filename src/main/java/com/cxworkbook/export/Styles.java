package com.cxworkbook.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few named styles every sheet shares; created once per workbook (Excel limits the number of styles). */
final class Styles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle label;
    final CellStyle integer;
    final CellStyle decimal;
    /** A stage number, with 0 ("not reached") shown as a dash. */
    final CellStyle stageNumber;

    final CellStyle date;
    final CellStyle total;
    final CellStyle totalNumber;
    final CellStyle totalDecimal;

    Styles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        subtitle = workbook.createCellStyle();
        XSSFFont italic = workbook.createFont();
        italic.setItalic(true);
        subtitle.setFont(italic);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = top(workbook);
        wrapped = top(workbook);
        wrapped.setWrapText(true);
        label = top(workbook);
        label.setFont(bold);
        integer = top(workbook);
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        integer.setAlignment(HorizontalAlignment.CENTER);
        stageNumber = top(workbook);
        stageNumber.setDataFormat(workbook.createDataFormat().getFormat("0;-0;\"–\""));
        stageNumber.setAlignment(HorizontalAlignment.CENTER);
        decimal = top(workbook);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        decimal.setAlignment(HorizontalAlignment.CENTER);
        date = top(workbook);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.LEFT);

        total = top(workbook);
        total.setFont(bold);
        total.setBorderTop(BorderStyle.THIN);
        totalNumber = workbook.createCellStyle();
        totalNumber.cloneStyleFrom(total);
        totalNumber.setDataFormat(workbook.createDataFormat().getFormat("0"));
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
        totalDecimal = workbook.createCellStyle();
        totalDecimal.cloneStyleFrom(total);
        totalDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    }

    private static XSSFCellStyle top(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
