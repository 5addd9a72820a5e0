package com.cxworkbook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog goes through here so view-models can be tested with a fake that records what was asked.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /**
     * Asks the user to pick one of {@code options}, each shown by {@code label}; empty when cancelled.
     * The default answers "cancelled" so fakes that never ask need not implement it.
     */
    default <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        return Optional.empty();
    }

    /**
     * Asks where to save a file; empty when cancelled. {@code folder} may be null (the system's choice);
     * {@code pattern} is a glob such as "*.xlsx" shown as {@code description}.
     */
    default Optional<Path> chooseSaveFile(String title, Path folder, String suggestedName, String description,
                                          String pattern) {
        return Optional.empty();
    }
}
