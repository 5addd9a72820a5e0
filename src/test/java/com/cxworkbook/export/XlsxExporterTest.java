package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Workbook;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {

    @TempDir
    Path dir;

    @Test
    void smoke() throws Exception {
        for (Workbook wb : new Workbook[] {StartupData.readSample(), Fixtures.everyFramework(), Fixtures.unrated(), Fixtures.allRated(3), new Workbook()}) {
            Path out = dir.resolve("out.xlsx");
            ExportResult result = XlsxExporter.export(wb, Fixtures.LOOKUP, out);
            System.out.println(result.sheets() + " " + result.check());
            assertTrue(result.check().ok(), result.check().problems().toString());
        }
        XlsxExporter.export(StartupData.readSample(), Fixtures.LOOKUP, Path.of("/tmp/sample.xlsx"));
        XlsxExporter.export(Fixtures.everyFramework(), Fixtures.LOOKUP, Path.of("/tmp/every.xlsx"));
    }
}
