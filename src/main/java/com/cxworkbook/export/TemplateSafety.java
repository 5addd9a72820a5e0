package com.cxworkbook.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Looks at a framework spreadsheet before anything loads it whole: framework files come from outside, so a
 * sheet with 100,000 rows, a formula or a link to another workbook is refused by a streaming scan that stops
 * at the first excess, rather than after POI has built every row in memory.
 */
final class TemplateSafety {

    /** Uncompressed size of all parts together; a real template is a few hundred kilobytes. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

    private static final int MAX_REPORTED = 10;

    private TemplateSafety() {}

    static List<TemplateProblem> scan(OPCPackage pkg, String fileName) throws IOException, OpenXML4JException {
        List<TemplateProblem> problems = new ArrayList<>();
        long unpacked = 0;
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName();
            if (name.startsWith("/xl/externalLinks/")) {
                problems.add(
                        new TemplateProblem(
                                fileName,
                                "links to another workbook. Framework files are read as typed"
                                        + " text only: break the links (Excel: Data › Edit Links › Break Link) or copy and paste as values, then import again"));
                return problems;
            }
            unpacked += Math.max(0, part.getSize());
        }
        if (unpacked > MAX_UNPACKED_BYTES) {
            problems.add(
                    new TemplateProblem(
                            fileName,
                            "unpacks to more than " + MAX_UNPACKED_BYTES / 1024 / 1024
                                    + " MB, far more than any framework; use the template from File › New framework template…"));
            return problems;
        }
        XSSFReader reader = new XSSFReader(pkg);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext() && problems.size() < MAX_REPORTED) {
            try (InputStream in = sheets.next()) {
                scanSheet(sheets.getSheetName(), in, problems);
            }
        }
        return problems;
    }

    private static void scanSheet(String sheet, InputStream in, List<TemplateProblem> problems) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int rows = 0;
        String cell = null;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            if (++rows > FrameworkTemplate.MAX_ROWS) {
                                problems.add(
                                        new TemplateProblem(
                                                sheet,
                                                "has more than " + String.format("%,d", FrameworkTemplate.MAX_ROWS)
                                                        + " rows (a framework has at most 2,000 items);"
                                                        + " delete the empty or extra rows below your framework and import again"));
                                return;
                            }
                        }
                        case "c" -> cell = xml.getAttributeValue(null, "r");
                        case "f" -> {
                            problems.add(
                                    new TemplateProblem(
                                            sheet + "!" + (cell == null ? "?" : cell),
                                            "holds a formula."
                                                    + " Framework files are read as typed text only: replace it with its value (copy, then Paste Special › Values)"));
                            if (problems.size() >= MAX_REPORTED) {
                                return;
                            }
                        }
                        default -> {}
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            problems.add(new TemplateProblem(
                    sheet, "could not be read (" + e.getMessage() + "); save the file again from Excel"));
        }
    }
}
