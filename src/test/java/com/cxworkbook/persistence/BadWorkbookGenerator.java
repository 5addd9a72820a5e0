package com.cxworkbook.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates broken variants of one good workbook, each with exactly one fault, named like the hand-made
 * corpus ({@code <kind>--<what>.cxwb}) so the same test checks both.
 */
final class BadWorkbookGenerator {

    static final String GOOD =
            """
            {
              "formatVersion" : 1,
              "client" : "Acme",
              "facilitator" : "Fran",
              "date" : "2026-11-23",
              "participants" : [ { "name" : "Ana", "role" : "Ops" } ],
              "assessments" : [ {
                "id" : "a1",
                "frameworkId" : "icmi-cx-maturity",
                "frameworkVersion" : "1.0",
                "targetLevel" : "centric",
                "ratings" : { "goals-and-objectives" : "NA", "organizational-alignment" : 3 },
                "notes" : { "organizational-alignment" : "Managers less so." },
                "evidence" : { "organizational-alignment" : { "text" : "survey", "date" : "2026-10-15" } },
                "gapRows" : [ { "itemId" : "organizational-alignment", "rank" : 1, "priority" : "HIGH",
                                "targetDate" : "2027-06-30", "status" : "NOT_STARTED" } ]
              } ]
            }
            """;

    /** Fields and a value of the wrong type for each. */
    private static final Map<String, String> WRONG_TYPES = Map.ofEntries(
            Map.entry("\"client\" : \"Acme\"", "\"client\" : [ \"Acme\" ]"),
            Map.entry("\"facilitator\" : \"Fran\"", "\"facilitator\" : { \"name\" : \"Fran\" }"),
            Map.entry("\"date\" : \"2026-11-23\"", "\"date\" : 20261123"),
            Map.entry("\"participants\" : [ { \"name\" : \"Ana\", \"role\" : \"Ops\" } ]", "\"participants\" : 4"),
            Map.entry("\"targetLevel\" : \"centric\"", "\"targetLevel\" : [ ]"),
            Map.entry("\"organizational-alignment\" : 3", "\"organizational-alignment\" : true"),
            Map.entry("\"goals-and-objectives\" : \"NA\"", "\"goals-and-objectives\" : \"not applicable\""),
            Map.entry(
                    "\"notes\" : { \"organizational-alignment\" : \"Managers less so.\" }", "\"notes\" : \"Managers\""),
            Map.entry("\"rank\" : 1", "\"rank\" : 1.25"),
            Map.entry("\"targetDate\" : \"2027-06-30\"", "\"targetDate\" : \"next June\""),
            Map.entry("\"priority\" : \"HIGH\"", "\"priority\" : 3"),
            Map.entry("\"gapRows\" : [", "\"gapRows\" : \"none\", \"x\" : ["),
            Map.entry("\"date\" : \"2026-10-15\"", "\"date\" : \"2026-02-30\""));

    private BadWorkbookGenerator() {}

    static List<Path> generate(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        // Cut the file at offsets spread over its length: the parser must see an unfinished document each time.
        int cuts = 24;
        for (int i = 1; i <= cuts; i++) {
            int length = good.length * i / (cuts + 1);
            files.add(write(dir, "truncated--cut-at-" + length, java.util.Arrays.copyOf(good, length)));
        }
        int n = 0;
        for (Map.Entry<String, String> wrong : WRONG_TYPES.entrySet()) {
            if (!GOOD.contains(wrong.getKey())) {
                throw new IllegalStateException("generator out of date: " + wrong.getKey());
            }
            String field = wrong.getKey().substring(1, wrong.getKey().indexOf('"', 1));
            files.add(write(
                    dir,
                    "bad-value--wrong-type-" + (++n) + "-" + field,
                    GOOD.replace(wrong.getKey(), wrong.getValue()).getBytes(StandardCharsets.UTF_8)));
        }
        for (int version = 2; version <= 4; version++) {
            files.add(write(
                    dir,
                    "newer-version--generated-" + version,
                    GOOD.replace("\"formatVersion\" : 1", "\"formatVersion\" : " + version)
                            .getBytes(StandardCharsets.UTF_8)));
        }
        files.add(write(dir, "empty--generated-zeros", new byte[good.length]));
        return files;
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name + WorkbookStore.EXTENSION);
        Files.write(file, bytes);
        return file;
    }
}
