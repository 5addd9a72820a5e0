package com.cxworkbook.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The user's settings. Immutable; every {@code with…} returns a copy. Values read from a hand-edited file
 * are clamped to something usable rather than refused.
 *
 * @param recentFiles     most recent first, at most {@link #MAX_RECENT}
 * @param autosaveSeconds how often unsaved work is copied to the recovery file
 * @param lastFolder      where the open/save choosers start, null for the user's home
 */
public record Settings(List<String> recentFiles, int autosaveSeconds, boolean projectorMode, String lastFolder) {

    public static final int MAX_RECENT = 8;
    public static final int DEFAULT_AUTOSAVE_SECONDS = 30;
    static final int MIN_AUTOSAVE_SECONDS = 5;
    static final int MAX_AUTOSAVE_SECONDS = 3600;

    public Settings {
        recentFiles = recentFiles == null
                ? List.of()
                : recentFiles.stream()
                        .filter(Objects::nonNull)
                        .filter(f -> !f.isBlank())
                        .distinct()
                        .limit(MAX_RECENT)
                        .toList();
        autosaveSeconds = autosaveSeconds <= 0
                ? DEFAULT_AUTOSAVE_SECONDS
                : Math.max(MIN_AUTOSAVE_SECONDS, Math.min(MAX_AUTOSAVE_SECONDS, autosaveSeconds));
    }

    public static Settings defaults() {
        return new Settings(List.of(), DEFAULT_AUTOSAVE_SECONDS, false, null);
    }

    /** Puts a file at the top of the recent list. */
    public Settings withRecent(String file) {
        List<String> recent = new ArrayList<>();
        recent.add(file);
        recentFiles.stream().filter(f -> !f.equals(file)).forEach(recent::add);
        return new Settings(recent, autosaveSeconds, projectorMode, lastFolder);
    }

    public Settings withoutRecent(String file) {
        return new Settings(
                recentFiles.stream().filter(f -> !f.equals(file)).toList(), autosaveSeconds, projectorMode, lastFolder);
    }

    public Settings withProjectorMode(boolean on) {
        return new Settings(recentFiles, autosaveSeconds, on, lastFolder);
    }

    public Settings withLastFolder(String folder) {
        return new Settings(recentFiles, autosaveSeconds, projectorMode, folder);
    }

    public Settings withAutosaveSeconds(int seconds) {
        return new Settings(recentFiles, seconds, projectorMode, lastFolder);
    }
}
