package com.cxworkbook.persistence;

import com.cxworkbook.domain.Framework;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a framework in the same format the catalog reads (docs/FRAMEWORK_FORMAT.md): for exporting a
 * framework as JSON, installing an imported one and embedding one in a workbook. Empty and missing
 * values are left out, so the output reads like a hand-written file.
 */
public final class FrameworkJson {

    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private FrameworkJson() {}

    public static byte[] toBytes(Framework framework) {
        try {
            return WRITER.writeValueAsBytes(framework);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode toTree(Framework framework) {
        return WRITER.valueToTree(framework);
    }
}
