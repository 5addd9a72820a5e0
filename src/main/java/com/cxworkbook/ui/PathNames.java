package com.cxworkbook.ui;

import java.nio.file.Path;
import java.util.Locale;

/** What the save choosers complete: a name typed without its extension gets it (in any case it is kept). */
public final class PathNames {

    private PathNames() {}

    /** {@code file}, or a sibling named with {@code extension} (".xlsx") added when it does not end so. */
    public static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
