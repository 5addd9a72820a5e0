package com.cxworkbook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.FrameworkChanges;
import com.cxworkbook.domain.Frameworks;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bundled framework survives the spreadsheet template unchanged, and the blank template explains itself. */
class FrameworkTemplateRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {Frameworks.ICMI, Frameworks.ASTUTE, Frameworks.SALESEQUITY, Frameworks.ACA, Frameworks.CXMM})
    void bundledFrameworkComesBackUnchanged(String id) throws Exception {
        Framework framework = Frameworks.get(id);
        Path file = dir.resolve(id + ".xlsx");
        FrameworkTemplateWriter.write(framework, file);
        TemplateImport read = FrameworkTemplateReader.read(file);
        assertTrue(read.ok(), read.problems().toString());
        FrameworkChanges changes = FrameworkChanges.between(framework, read.framework());
        assertTrue(changes.none(), changes.describe());
        assertEquals(framework.levels(), read.framework().levels());
        assertEquals(framework.scoring(), read.framework().scoring());
        assertEquals(framework.items(), read.framework().items());
    }

    @Test
    void blankTemplateHoldsTheExampleAndRefusesItsId() throws Exception {
        Path file = dir.resolve("template.xlsx");
        FrameworkTemplateWriter.writeBlank(file);
        try (XSSFWorkbook xlsx = new XSSFWorkbook(file.toFile())) {
            assertEquals(
                    java.util.List.of("Instructions", "Framework", "Stages", "Items", "Actions"),
                    java.util.stream.IntStream.range(0, xlsx.getNumberOfSheets())
                            .mapToObj(xlsx::getSheetName)
                            .toList());
            assertFalse(xlsx.getSheet("Framework").getDataValidations().isEmpty(), "drop-down for the scoring method");
            assertNotNull(xlsx.getSheet("Items").getRow(1).getCell(7), "a filled-in example statement");
        }
        TemplateImport read = FrameworkTemplateReader.read(file);
        assertFalse(read.ok());
        assertEquals(1, read.problems().size(), read.problems().toString());
        assertTrue(
                read.problems().get(0).toString().startsWith("Framework!B2 (Framework id): is still the example's id"),
                read.problems().toString());
    }
}
