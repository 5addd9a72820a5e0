package com.cxworkbook.ui.file;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.PathNames;
import java.nio.file.Path;

/** Names the Save As chooser suggests and completes. */
final class FileNames {

    private FileNames() {}

    static Path withExtension(Path file) {
        return PathNames.withExtension(file, WorkbookStore.EXTENSION);
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
