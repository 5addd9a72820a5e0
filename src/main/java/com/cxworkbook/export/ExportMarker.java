package com.cxworkbook.export;

import com.cxworkbook.domain.Workbook;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Document properties that mark an .xlsx as this app's export and say whose workbook it came from. Custom
 * properties survive a save in Excel and LibreOffice and are not on any sheet the client might edit.
 */
final class ExportMarker {

    static final String APP = "CX Maturity Workbook export";
    static final String FORMAT = "1";
    static final String APP_PROPERTY = "CxWorkbookExport";
    static final String CLIENT_PROPERTY = "CxWorkbookClient";

    private ExportMarker() {}

    static void write(XSSFWorkbook xlsx, Workbook workbook) {
        POIXMLProperties.CustomProperties custom = xlsx.getProperties().getCustomProperties();
        custom.addProperty(APP_PROPERTY, APP + " " + FORMAT);
        custom.addProperty(CLIENT_PROPERTY, workbook.getClient() == null ? "" : workbook.getClient());
    }

    /** True when the file carries our marker (of any format version). */
    static boolean isOurs(XSSFWorkbook xlsx) {
        return property(xlsx, APP_PROPERTY).map(v -> v.startsWith(APP)).orElse(false);
    }

    static Optional<String> client(XSSFWorkbook xlsx) {
        return property(xlsx, CLIENT_PROPERTY);
    }

    private static Optional<String> property(XSSFWorkbook xlsx, String name) {
        CTProperty property = xlsx.getProperties().getCustomProperties().getProperty(name);
        if (property == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(property.getLpwstr());
    }
}
