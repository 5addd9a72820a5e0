package com.cxworkbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes, or a reason: a main source file over {@value #LIMIT} lines must say in its doc why it is
 * that long (the words "over 300 lines"). docs/ARCHITECTURE.md ("Class size") lists the ones that do.
 */
class ClassSizeTest {

    /** About 300: room for the formatter's line breaks, not for a second job. */
    static final int LIMIT = 330;

    /** Files left over the limit for a reason that is not theirs to state, with that reason. */
    private static final Map<String, String> KNOWN = Map.of();

    @Test
    void mainClassesOverTheLimitSayWhy() throws IOException {
        Path root = Path.of("src/main/java/com/cxworkbook");
        assertTrue(Files.isDirectory(root), "run from the project folder");
        Map<String, Integer> unexplained = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                String name = root.relativize(file).toString().replace('\\', '/');
                boolean explained = String.join("\n", lines).toLowerCase().contains("over 300 lines");
                if (lines.size() > LIMIT && !explained && !KNOWN.containsKey(name)) {
                    unexplained.put(name, lines.size());
                }
            }
        }
        assertEquals(Map.of(), unexplained, "split these along their seams, or say in the class doc why not");
    }
}
