package com.cxworkbook.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The main window's size, position and maximised state per screen, in {@code window.properties} beside the
 * settings. A plain properties file rather than settings.json: it is read before the first frame, on the FX
 * thread, and must not wait for Jackson. A missing or broken file simply means "first start".
 */
public final class WindowStateStore {

    public static final String FILE_NAME = "window.properties";
    private static final long MAX_BYTES = 64 * 1024;

    /** One screen's remembered window. */
    public record State(double x, double y, double width, double height, boolean maximized) {}

    private final Path file;
    private final Properties values = new Properties();

    public WindowStateStore(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    /** Reads the file; anything unreadable is forgotten (window placement is a convenience). */
    public WindowStateStore load() {
        values.clear();
        try {
            if (Files.size(file) <= MAX_BYTES) {
                try (InputStream in = Files.newInputStream(file)) {
                    values.load(in);
                }
            }
        } catch (NoSuchFileException e) {
            // first start
        } catch (IOException | IllegalArgumentException e) {
            values.clear();
        }
        return this;
    }

    /** The screen the window was last on, or empty. */
    public Optional<String> lastScreen() {
        return Optional.ofNullable(values.getProperty("last"));
    }

    public Optional<State> state(String screen) {
        String prefix = "screen." + screen + ".";
        try {
            String x = values.getProperty(prefix + "x");
            if (x == null) {
                return Optional.empty();
            }
            State state = new State(
                    Double.parseDouble(x),
                    Double.parseDouble(values.getProperty(prefix + "y")),
                    Double.parseDouble(values.getProperty(prefix + "width")),
                    Double.parseDouble(values.getProperty(prefix + "height")),
                    Boolean.parseBoolean(values.getProperty(prefix + "maximized")));
            boolean usable = Double.isFinite(state.x())
                    && Double.isFinite(state.y())
                    && state.width() >= 200
                    && state.height() >= 150
                    && Double.isFinite(state.width())
                    && Double.isFinite(state.height());
            return usable ? Optional.of(state) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers {@code state} for {@code screen} and makes it the last screen. */
    public void put(String screen, State state) {
        String prefix = "screen." + screen + ".";
        values.setProperty(prefix + "x", Double.toString(state.x()));
        values.setProperty(prefix + "y", Double.toString(state.y()));
        values.setProperty(prefix + "width", Double.toString(state.width()));
        values.setProperty(prefix + "height", Double.toString(state.height()));
        values.setProperty(prefix + "maximized", Boolean.toString(state.maximized()));
        values.setProperty("last", screen);
    }

    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".window", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(out, "CX Maturity Workbook: main window per screen");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
