package com.cxworkbook.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates broken and hostile workbooks from the bundled sample: every kind of field given every wrong value
 * (null, a boolean, a fraction, negative, out-of-range, empty text, 10,000 characters, a list, an object),
 * plus the cases found by testing from outside (duplicate participant ids, ratings 0/6/99, truncations,
 * zero bytes, a truncated backup, binary data, deep nesting, too many assessments).
 */
final class HostileWorkbooks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Maps whose keys are item or participant ids: their entries are one "kind of field" each. */
    private static final Set<String> KEYED =
            Set.of("ratings", "notes", "evidence", "targets", "participantRatings", "frameworkItems");

    private HostileWorkbooks() {}

    static byte[] sample() throws IOException {
        try (InputStream in = HostileWorkbooks.class.getResourceAsStream(StartupData.SAMPLE_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    static List<Path> generate(Path dir) throws IOException {
        byte[] good = sample();
        ObjectNode base = (ObjectNode) JSON.readTree(good);
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        Map<String, String> shapes = new LinkedHashMap<>();
        collect(base, "", "", shapes);
        List<JsonNode> wrongValues = List.of(
                NODES.nullNode(),
                NODES.booleanNode(true),
                NODES.numberNode(4.5),
                NODES.numberNode(-1),
                NODES.numberNode(99),
                NODES.textNode(""),
                NODES.textNode("x".repeat(10_000)),
                NODES.arrayNode(),
                NODES.objectNode());
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            for (int v = 0; v < wrongValues.size(); v++) {
                JsonNode value = wrongValues.get(v);
                String path = shape.getValue();
                cases.put(
                        "set-"
                                + shape.getKey()
                                        .replace("[]", "_item")
                                        .replace("*", "each")
                                        .replaceAll("[^A-Za-z0-9]+", "_")
                                        .replaceAll("^_|_$", "")
                                + "-" + v,
                        root -> set(root, path, value.deepCopy()));
            }
        }
        String firstRating = "/assessments/0/ratings/"
                + base.at("/assessments/0/ratings").fieldNames().next();
        for (int bad : new int[] {0, -1, 6, 99, Integer.MAX_VALUE}) {
            cases.put("rating-" + bad, root -> set(root, firstRating, NODES.numberNode(bad)));
        }
        cases.put("every-rating-99", root -> root.at("/assessments/0/ratings")
                .fields()
                .forEachRemaining(e -> e.setValue(NODES.numberNode(99))));
        cases.put("duplicate-participant-id", root -> ((ObjectNode) root.at("/participants/1"))
                .put("id", root.at("/participants/0/id").asText()));
        cases.put("duplicate-assessment-id", root -> ((ObjectNode) root.at("/assessments/1"))
                .put("id", root.at("/assessments/0/id").asText()));
        cases.put("duplicate-gap-row", root -> ((ArrayNode) root.at("/assessments/0/gapRows"))
                .add(root.at("/assessments/0/gapRows/0").deepCopy()));
        cases.put("unknown-framework", root -> ((ObjectNode) root.at("/assessments/0")).put("frameworkId", "no-such"));
        cases.put("long-framework-id", root -> ((ObjectNode) root.at("/assessments/0"))
                .put("frameworkId", "f".repeat(10_000)));
        cases.put("unknown-priority", root -> ((ObjectNode) root.at("/assessments/0/gapRows/0"))
                .put("priority", "URGENT"));
        cases.put("too-many-assessments", root -> {
            ArrayNode list = (ArrayNode) root.get("assessments");
            JsonNode first = list.get(0);
            for (int i = 0; i < 1001; i++) {
                list.add(((ObjectNode) first.deepCopy()).put("id", "copy-" + i));
            }
        });
        cases.put("format-0", root -> root.put("formatVersion", 0));
        cases.put("format-huge", root -> root.put("formatVersion", 99999999999L));
        cases.put("format-text", root -> root.put("formatVersion", "1"));
        cases.put("no-format", root -> root.remove("formatVersion"));
        cases.put("unknown-fields-kept", root -> root.putObject("fromTheFuture").put("x", 1));

        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Consumer<ObjectNode>> c : cases.entrySet()) {
            ObjectNode copy = base.deepCopy();
            c.getValue().accept(copy);
            files.add(
                    write(dir, c.getKey(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy)));
        }
        for (int i = 1; i <= 20; i++) {
            files.add(write(dir, "truncated-" + i, Arrays.copyOf(good, good.length * i / 21)));
        }
        files.add(write(dir, "truncated-backup.cxwb.bak", Arrays.copyOf(good, good.length / 2)));
        files.add(write(dir, "zeros", new byte[4096]));
        files.add(write(dir, "empty", new byte[0]));
        files.add(write(dir, "blank", "  \n\t ".getBytes(StandardCharsets.UTF_8)));
        files.add(write(dir, "binary", new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7}));
        files.add(write(
                dir,
                "latin1",
                "{\"formatVersion\":1,\"client\":\"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1)));
        files.add(write(dir, "bom", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, good)));
        files.add(write(
                dir,
                "deep",
                ("{\"formatVersion\":1,\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                dir,
                "long-number",
                ("{\"formatVersion\":1,\"client\":" + "9".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                dir,
                "nan",
                "{\"formatVersion\":1,\"assessments\":[{\"id\":\"a\",\"frameworkId\":\"icmi-cx-maturity\",\"ratings\":{\"x\":NaN}}]}"
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(write(dir, "array", "[1,2,3]".getBytes(StandardCharsets.UTF_8)));
        files.add(write(dir, "two-files", concat(good, good)));
        files.add(write(
                dir,
                "duplicate-key",
                "{\"formatVersion\":1,\"client\":\"a\",\"client\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** One representative path per kind of field: array indices and id-keyed map entries count once. */
    private static void collect(JsonNode node, String pointer, String shape, Map<String, String> shapes) {
        if (!shape.isEmpty()) {
            shapes.putIfAbsent(shape, pointer);
        }
        if (node.isObject()) {
            boolean keyed = KEYED.contains(last(pointer));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collect(
                        field.getValue(),
                        pointer + "/" + field.getKey(),
                        shape + "." + (keyed ? "*" : field.getKey()),
                        shapes);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, shape + "[]", shapes);
            }
        }
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(key, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(key), value);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name.endsWith(".bak") ? name : name + ".cxwb");
        Files.write(file, bytes);
        return file;
    }
}
