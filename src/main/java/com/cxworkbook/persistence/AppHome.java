package com.cxworkbook.persistence;

import java.nio.file.Path;

/** Where the app keeps its settings and recovery file: {@code -Dcxworkbook.home}, else {@code ~/.cxworkbook}. */
public final class AppHome {

    public static final String PROPERTY = "cxworkbook.home";

    private AppHome() {}

    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cxworkbook");
    }
}
