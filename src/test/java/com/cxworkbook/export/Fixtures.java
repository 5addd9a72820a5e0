package com.cxworkbook.export;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Effort;
import com.cxworkbook.domain.Evidence;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.GapStatus;
import com.cxworkbook.domain.InitiativeType;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Priority;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import java.time.LocalDate;
import java.util.List;

/** Workbooks that exercise the export: every framework, N/A, unrated items, unicode, huge and formula-like text. */
final class Fixtures {

    static final String FORMULA_TEXT = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String UNICODE = "Zoë Ångström — 日本語 ✓ 😀 «quotes»";
    static final String LONG_TEXT = "long ".repeat(8000);
    static final FrameworkLookup LOOKUP = Frameworks.catalog()::find;

    private Fixtures() {}

    static Workbook everyFramework() {
        Workbook workbook = new Workbook();
        workbook.setClient(UNICODE);
        workbook.setFacilitator("Sam Rivera");
        workbook.setDate(LocalDate.of(2026, 11, 23));
        workbook.getParticipants().add(new Participant("Priya Shah", "Head of Care"));
        workbook.getParticipants().add(new Participant(FORMULA_TEXT, "+SUM(1,2)"));
        int pattern = 0;
        for (String id :
                List.of(Frameworks.ICMI, Frameworks.ASTUTE, Frameworks.SALESEQUITY, Frameworks.ACA, Frameworks.CXMM)) {
            Framework framework = Frameworks.get(id);
            Assessment assessment = new Assessment(framework);
            assessment.setTitle(framework.name() + " [Q4]: 2026/27");
            List<Item> items = framework.items();
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i).id();
                if (i == 1) {
                    assessment.rate(item, Rating.NOT_APPLICABLE);
                } else if (i == 2) {
                    continue; // unrated
                } else {
                    int span = framework.scale().max() - framework.scale().min() + 1;
                    assessment.rate(item, Rating.of(framework.scale().min() + (i * 3 + pattern) % span));
                }
            }
            pattern++;
            String first = items.get(0).id();
            assessment.getNotes().put(first, FORMULA_TEXT);
            assessment.getNotes().put(items.get(3).id(), LONG_TEXT);
            assessment.getEvidence().put(first, new Evidence(UNICODE, "Marcus", LocalDate.of(2026, 10, 1)));
            GapRow row = new GapRow(first);
            row.setPriority(Priority.HIGH);
            row.setEffort(Effort.MEDIUM);
            row.setInitiative(InitiativeType.STRATEGIC);
            row.setStatus(GapStatus.IN_PROGRESS);
            row.setActions(FORMULA_TEXT);
            row.setOwner(UNICODE);
            row.setTargetDate(LocalDate.of(2027, 6, 30));
            assessment.getGapRows().add(row);
            workbook.getAssessments().add(assessment);
        }
        return workbook;
    }

    /** Every framework fully rated with the given value. */
    static Workbook allRated(int value) {
        Workbook workbook = new Workbook();
        workbook.setClient("Uniform " + value);
        for (Framework framework : Frameworks.catalog().frameworks()) {
            Assessment assessment = new Assessment(framework);
            int v = Math.max(framework.scale().min(), Math.min(framework.scale().max(), value));
            for (Item item : framework.items()) {
                assessment.rate(item.id(), Rating.of(v));
            }
            workbook.getAssessments().add(assessment);
        }
        return workbook;
    }

    /** Every framework with nothing rated. */
    static Workbook unrated() {
        Workbook workbook = new Workbook();
        for (Framework framework : Frameworks.catalog().frameworks()) {
            workbook.getAssessments().add(new Assessment(framework));
        }
        return workbook;
    }
}
