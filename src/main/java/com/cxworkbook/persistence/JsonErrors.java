package com.cxworkbook.persistence;

import com.cxworkbook.domain.Rating;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into a JSON path and a sentence a person can act on. */
final class JsonErrors {

    private JsonErrors() {}

    static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "$";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String message(JsonProcessingException e) {
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property \"" + unknown.getPropertyName() + "\"";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "\"" + invalid.getValue() + "\" is not one of "
                        + Arrays.stream(target.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "));
            }
            return "\"" + invalid.getValue() + "\" is not a valid " + simpleName(target);
        }
        if (e instanceof MismatchedInputException mismatch && original.startsWith("No content to map")) {
            return "the file is empty";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + article(simpleName(mismatch.getTargetType())) + " here";
        }
        if (e instanceof StreamConstraintsException) {
            return "the file is larger or more deeply nested than a workbook file can be (" + original + ")";
        }
        JsonLocation location = e.getLocation();
        String where =
                location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        if (original.contains("end-of-input")) {
            return "the file ends too early: it is truncated or incomplete" + where;
        }
        if (e instanceof JsonMappingException) {
            return original;
        }
        return "not valid JSON" + where + ": " + original;
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Rating.class) {
            return "rating (a whole number or \"NA\")";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type) || type.getName().startsWith("com.cxworkbook")) {
            return "object";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        return type.getSimpleName();
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
