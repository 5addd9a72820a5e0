package com.cxworkbook.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A short hash of what an item says (name, statement, level descriptors). A workbook stores it per item
 * when an assessment is made, so opening it against a later framework version can tell a reworded item
 * from an unchanged one without storing the framework's whole text in every workbook.
 */
public final class ItemFingerprint {

    private ItemFingerprint() {}

    public static String of(Item item) {
        StringBuilder text = new StringBuilder();
        text.append(item.name()).append('\u0000').append(item.statement());
        for (Map.Entry<Integer, String> descriptor : item.descriptors().entrySet()) {
            text.append('\u0000').append(descriptor.getKey()).append('=').append(descriptor.getValue());
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
