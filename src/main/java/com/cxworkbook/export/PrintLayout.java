package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How every sheet prints: landscape A4, one page wide, narrow margins, and a footer that says whose report
 * it is (client left, date right, page in the middle), so a loose printed page can still be placed.
 */
final class PrintLayout {

    /** Up to this many assessments the Summary is squeezed onto one page; more get page breaks between charts. */
    static final int ONE_PAGE_SUMMARY = 5;

    private PrintLayout() {}

    static void report(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
    }

    /** The Summary on exactly one page (one wide, one tall). */
    static void onePage(XSSFSheet sheet) {
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /** Client, page and date in every sheet's footer. */
    static void footers(XSSFWorkbook xlsx, Workbook workbook) {
        String client = workbook.getClient() == null || workbook.getClient().isBlank()
                ? "Unnamed client"
                : workbook.getClient();
        String date = workbook.getDate() == null ? "" : workbook.getDate().toString();
        for (Sheet sheet : xlsx) {
            sheet.getFooter().setLeft(escape(CellText.safe(client)));
            sheet.getFooter().setCenter("Page &P of &N");
            sheet.getFooter().setRight(escape(date));
        }
    }

    /** "&" starts a code in header/footer text; a literal one is doubled. */
    static String escape(String text) {
        String safe = text.replace("&", "&&").replaceAll("[\\r\\n]+", " ");
        return safe.length() > 80 ? safe.substring(0, 79) + "…" : safe;
    }
}
