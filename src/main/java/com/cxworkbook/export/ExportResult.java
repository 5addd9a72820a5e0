package com.cxworkbook.export;

import java.nio.file.Path;
import java.util.List;

/** A finished, checked export: where it is, which sheets it has and what the read-back check found. */
public record ExportResult(Path file, List<String> sheets, VerificationReport check) {

    public ExportResult {
        sheets = List.copyOf(sheets);
    }
}
