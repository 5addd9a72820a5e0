package com.cxworkbook.persistence;

import com.cxworkbook.io.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks the JSON tree of a workbook against the shape the app writes, before anything is mapped, so every
 * hand-edited or hostile value is reported with its JSON path instead of being converted, dropped or
 * crashing the mapper: a null where a list, map, rating or note belongs, a number where text belongs, a
 * fraction where a whole number belongs, a duplicate id. A null in an optional text field (client, owner…)
 * means the same as leaving the field out and is accepted. Unknown fields are not checked: they are kept
 * and written back. One pass over the tree, so opening stays linear in the file's size.
 */
final class WorkbookShape {

    /** A value in the wrong place; the reader turns it into the user's message. */
    static final class Problem extends Exception {
        final String path;

        Problem(String path, String what) {
            super(what, null, false, false);
            this.path = path;
        }
    }

    private WorkbookShape() {}

    static void check(ObjectNode root) throws Problem {
        texts(root, "$", "client", "facilitator", "date");
        JsonNode participants = list(root, "participants", "$");
        Set<String> participantIds = new HashSet<>();
        for (int i = 0; participants != null && i < participants.size(); i++) {
            String path = "$.participants[" + i + "]";
            JsonNode participant = object(participants.get(i), path, "a participant");
            texts(participant, path, "id", "name", "role", "group");
            String id = participant.path("id").asText(null);
            if (id != null && !participantIds.add(id)) {
                throw new Problem(
                        path + ".id",
                        "the participant id " + quote(id) + " is used twice, so their ratings" + " would be mixed up");
            }
        }
        JsonNode assessments = list(root, "assessments", "$");
        Set<String> assessmentIds = new HashSet<>();
        for (int i = 0; assessments != null && i < assessments.size(); i++) {
            String path = "$.assessments[" + i + "]";
            JsonNode assessment = object(assessments.get(i), path, "an assessment");
            assessment(assessment, path);
            if (!assessment.has("id")) {
                continue; // a hand-made file: the assessment gets a fresh id
            }
            String id = assessment.get("id").asText("");
            if (id.isBlank()) {
                throw new Problem(path + ".id", "an assessment needs an id");
            }
            if (!assessmentIds.add(id)) {
                throw new Problem(path + ".id", "the id " + quote(id) + " is used twice");
            }
        }
    }

    private static void assessment(JsonNode assessment, String path) throws Problem {
        texts(assessment, path, "id", "frameworkId", "frameworkVersion", "title", "targetLevel");
        JsonNode framework = assessment.get("frameworkId");
        if (framework == null || framework.isNull() || framework.asText().isBlank()) {
            throw new Problem(path + ".frameworkId", "an assessment must name its framework");
        }
        ratings(map(assessment, "ratings", path), path + ".ratings");
        JsonNode notes = map(assessment, "notes", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(notes); it.hasNext(); ) {
            Map.Entry<String, JsonNode> note = it.next();
            text(note.getValue(), path + ".notes" + key(note.getKey()), false);
        }
        JsonNode evidence = map(assessment, "evidence", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(evidence); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String at = path + ".evidence" + key(entry.getKey());
            texts(object(entry.getValue(), at, "evidence"), at, "text", "owner", "date");
        }
        JsonNode targets = map(assessment, "targets", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(targets); it.hasNext(); ) {
            Map.Entry<String, JsonNode> target = it.next();
            wholeNumber(target.getValue(), path + ".targets" + key(target.getKey()), "a target");
        }
        JsonNode gapRows = list(assessment, "gapRows", path);
        Set<String> gapItems = new HashSet<>();
        for (int j = 0; gapRows != null && j < gapRows.size(); j++) {
            String at = path + ".gapRows[" + j + "]";
            JsonNode row = object(gapRows.get(j), at, "a gap row");
            texts(row, at, "itemId", "priority", "effort", "initiative", "actions", "owner", "targetDate", "status");
            if (row.has("rank")) {
                wholeNumber(row.get("rank"), at + ".rank", "a rank");
            }
            String item = row.path("itemId").asText(null);
            if (item == null) {
                throw new Problem(at + ".itemId", "a gap row must name its item");
            }
            if (!gapItems.add(item)) {
                throw new Problem(at + ".itemId", "the item " + quote(item) + " has two gap rows");
            }
        }
        JsonNode participantRatings = map(assessment, "participantRatings", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(participantRatings); it.hasNext(); ) {
            Map.Entry<String, JsonNode> own = it.next();
            String at = path + ".participantRatings" + key(own.getKey());
            ratings(object(own.getValue(), at, "a participant's ratings"), at);
        }
        JsonNode items = map(assessment, "frameworkItems", path);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(items); it.hasNext(); ) {
            Map.Entry<String, JsonNode> item = it.next();
            text(item.getValue(), path + ".frameworkItems" + key(item.getKey()), false);
        }
    }

    private static void ratings(JsonNode ratings, String path) throws Problem {
        for (Iterator<Map.Entry<String, JsonNode>> it = fields(ratings); it.hasNext(); ) {
            Map.Entry<String, JsonNode> rating = it.next();
            JsonNode value = rating.getValue();
            boolean na = value.isTextual()
                    && WorkbookJson.NOT_APPLICABLE.equalsIgnoreCase(
                            value.asText().strip());
            if (!na && !(value.isIntegralNumber() && value.canConvertToInt())) {
                throw new Problem(
                        path + key(rating.getKey()),
                        "a rating must be a whole number or \"" + WorkbookJson.NOT_APPLICABLE + "\" but this one is "
                                + describe(value));
            }
        }
    }

    private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        return node == null ? Collections.emptyIterator() : node.fields();
    }

    private static void texts(JsonNode node, String path, String... names) throws Problem {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null) {
                text(value, path + "." + name, true);
            }
        }
    }

    private static void text(JsonNode value, String path, boolean nullable) throws Problem {
        if (value.isTextual() || (nullable && value.isNull())) {
            return;
        }
        throw new Problem(path, "expected text but found " + describe(value));
    }

    private static void wholeNumber(JsonNode value, String path, String what) throws Problem {
        if (!(value.isIntegralNumber() && value.canConvertToInt())) {
            throw new Problem(path, what + " must be a whole number but this one is " + describe(value));
        }
    }

    /** The named list, or null when absent; a null or a non-list is a problem. */
    private static JsonNode list(JsonNode parent, String name, String path) throws Problem {
        JsonNode value = parent.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw new Problem(path + "." + name, "expected a list [ … ] but found " + describe(value));
        }
        return value;
    }

    private static JsonNode map(JsonNode parent, String name, String path) throws Problem {
        JsonNode value = parent.get(name);
        return value == null ? null : object(value, path + "." + name, name);
    }

    private static JsonNode object(JsonNode value, String path, String what) throws Problem {
        if (!value.isObject()) {
            throw new Problem(path, "expected " + what + " { … } but found " + describe(value));
        }
        return value;
    }

    /** "null", "the number 4.5", "the text "abc"", "a list", "an object", "true". */
    static String describe(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isNumber()) {
            return "the number " + Messages.value(value.asText());
        }
        if (value.isTextual()) {
            return "the text " + quote(value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "an object";
    }

    private static String key(String name) {
        boolean plain = !name.isEmpty() && name.length() <= Messages.MAX_VALUE;
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '-' || c == '_';
        }
        return plain ? "." + name : "[" + quote(name) + "]";
    }

    static String quote(String text) {
        return "\"" + Messages.value(text) + "\"";
    }
}
