package com.cxworkbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dependencies point down only: the layers in DESIGN.md, checked on the source imports. */
class LayerDependencyTest {

    private static final Path MAIN = Path.of("src/main/java/com/cxworkbook");

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource({
            "domain, javafx.",
            "domain, com.fasterxml.",
            "domain, org.apache.poi",
            "domain, com.cxworkbook.persistence",
            "domain, com.cxworkbook.export",
            "domain, com.cxworkbook.ui",
            "domain, com.cxworkbook.app",
            "persistence, javafx.",
            "persistence, org.apache.poi",
            "persistence, com.cxworkbook.ui",
            "persistence, com.cxworkbook.app",
            "persistence, com.cxworkbook.export",
            "export, javafx.",
            "export, com.fasterxml.",
            "export, com.cxworkbook.ui",
            "export, com.cxworkbook.app",
            "ui, com.cxworkbook.app"})
    void layerDoesNotDependOn(String layer, String forbidden) throws IOException {
        Path dir = MAIN.resolve(layer);
        assertTrue(Files.isDirectory(dir), dir + " should exist");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    boolean comment = code.startsWith("*") || code.startsWith("//") || code.startsWith("/*");
                    // imports and fully qualified names alike
                    if (!comment && code.contains(forbidden)) {
                        offenders.add(file.getFileName() + ": " + code);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
