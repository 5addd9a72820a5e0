package com.cxworkbook.persistence;

import com.cxworkbook.domain.Framework;
import java.util.List;

/** A framework file's outcome: the framework, or the problems that kept it out (never both). */
public record FrameworkLoadResult(String file, Framework framework, List<FrameworkLoadProblem> problems) {

    public FrameworkLoadResult {
        problems = List.copyOf(problems);
    }

    public boolean loaded() {
        return framework != null;
    }
}
