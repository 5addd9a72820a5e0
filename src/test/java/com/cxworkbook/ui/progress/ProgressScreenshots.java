package com.cxworkbook.ui.progress;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.gaps.GapWorksheetView;
import com.cxworkbook.ui.gaps.GapWorksheetViewModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;

/**
 * Writes a PNG of the follow-up sample's Progress tab content (rounds, radar per round, score chart, per-item
 * changes) and of its follow-up round's gap worksheet with the actions done since round 1 marked, headless;
 * run by scripts/screenshots.sh. Output: docs/screenshots/progress.png and follow-up-gaps.png.
 */
public final class ProgressScreenshots {

    private ProgressScreenshots() {}

    public static void main(String[] args) throws Exception {
        File out = Screenshots.startHeadless(args);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        Workbook workbook = new WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb"));
        var assessment = workbook.getAssessments().get(1);
        Screenshots.shoot(
                () -> new ProgressView(new ProgressViewModel(
                        workbook, catalog.find(assessment.getFrameworkId()).orElseThrow(), assessment)),
                1366,
                1250,
                new File(out, "progress.png"));
        Screenshots.shoot(
                () -> new GapWorksheetView(new GapWorksheetViewModel(
                        new WorkbookSession(workbook, catalog).assessments().get(1), () -> LocalDate.of(2027, 5, 24))),
                1366,
                768,
                new File(out, "follow-up-gaps.png"));
        Platform.exit();
    }
}
