package com.cxworkbook.export;

import java.text.Normalizer;
import java.util.Locale;

/** An id made from a name ("Voice of the customer" → voice-of-the-customer), for rows whose id was left empty. */
final class Slug {

    private Slug() {}

    static String of(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }
}
