package com.cxworkbook.ui.file;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.nio.file.Path;
import java.util.Locale;

/** Names the Save As chooser suggests and completes. */
final class FileNames {

    private FileNames() {}

    static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(WorkbookStore.EXTENSION)
                ? file
                : file.resolveSibling(name + WorkbookStore.EXTENSION);
    }

    /** "Client 2026-11-23.cxwb", without characters file systems refuse. */
    static String suggested(Workbook workbook) {
        String client = workbook.getClient();
        String base = client == null || client.isBlank() ? "workbook" : client.strip();
        if (workbook.getDate() != null) {
            base += " " + workbook.getDate();
        }
        return base.replaceAll("[\\\\/:*?\"<>|]", "-") + WorkbookStore.EXTENSION;
    }
}
