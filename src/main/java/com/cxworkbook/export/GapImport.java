package com.cxworkbook.export;

import com.cxworkbook.domain.GapChange;
import java.util.List;

/**
 * What an edited gap sheet would change: the changes from rows without problems, and every problem found.
 * Rows with a problem contribute nothing; a problem with the whole file (not our export, another client's
 * workbook) means nothing can be applied.
 */
public record GapImport(String fileName, List<GapChange> changes, List<ImportProblem> problems, int rowsRead) {

    public GapImport {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public boolean rejected() {
        return problems.stream().anyMatch(ImportProblem::wholeFile);
    }

    /** True when applying is possible at all (possibly only the valid rows). */
    public boolean canApply() {
        return !rejected() && !changes.isEmpty();
    }
}
