package com.cxworkbook.export;

import com.cxworkbook.domain.Framework;
import java.util.List;

/** The outcome of reading a framework spreadsheet: a valid framework, or the problems that keep it out (never both). */
public record TemplateImport(Framework framework, List<TemplateProblem> problems) {

    public TemplateImport {
        problems = List.copyOf(problems);
        if (!problems.isEmpty()) {
            framework = null;
        }
    }

    public boolean ok() {
        return framework != null;
    }
}
