package com.cxworkbook.ui.export;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.PathNames;
import com.cxworkbook.ui.export.ExportViewModel.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The names an export suggests: from the client and date, with the format's extension, or a free "(2)" one. */
final class ExportFileNames {

    private ExportFileNames() {}

    /** "Northwind Energy CX maturity 2026-11-23.xlsx", safe on every file system. */
    static String suggestedName(Workbook workbook) {
        return suggestedName(workbook, Format.XLSX);
    }

    static String suggestedName(Workbook workbook, Format format) {
        String client =
                workbook.getClient() == null || workbook.getClient().isBlank() ? "Workbook" : workbook.getClient();
        LocalDate date = workbook.getDate();
        String name = client + " CX maturity" + (date == null ? "" : " " + date);
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (name.length() > 120 ? name.substring(0, 120) : name)
                + (format == Format.PDF ? " summary" : "")
                + format.extension;
    }

    static Path withExtension(Path target) {
        return withExtension(target, Format.XLSX);
    }

    static Path withExtension(Path target, Format format) {
        return PathNames.withExtension(target, format.extension);
    }

    /** Suggests "report (2).xlsx" next to a target that could not be written. */
    static String otherName(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; n < 100; n++) {
            String candidate = base + " (" + n + ")" + extension;
            if (!Files.exists(target.resolveSibling(candidate))) {
                return candidate;
            }
        }
        return name;
    }
}
