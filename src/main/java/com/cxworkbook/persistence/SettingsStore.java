package com.cxworkbook.persistence;

import com.cxworkbook.io.AtomicFileWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Settings as a small JSON file in the app's home folder. A missing or broken file gives the defaults (and
 * says why, for the status line): settings are a convenience and must never stop the app from starting.
 */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";
    private static final long MAX_BYTES = 256 * 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private String problem;

    public SettingsStore(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        problem = null;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return broken("it is too large");
            }
            Settings settings = MAPPER.readValue(Files.readAllBytes(file), Settings.class);
            return settings == null ? broken("it is empty") : settings;
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (IOException | RuntimeException e) {
            return broken(
                    e.getMessage() == null
                            ? e.getClass().getSimpleName()
                            : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private Settings broken(String why) {
        problem = "Your settings file " + file + " could not be read (" + why + "); the defaults are used and it"
                + " will be rewritten when a setting changes.";
        return Settings.defaults();
    }

    /** Why the last {@link #load()} fell back to defaults, or null when it did not. */
    public String problem() {
        return problem;
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        new AtomicFileWriter().write(file, MAPPER.writeValueAsBytes(settings), false);
    }
}
