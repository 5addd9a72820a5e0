package com.cxworkbook.ui.progress;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.gaps.GapWorksheetView;
import com.cxworkbook.ui.gaps.GapWorksheetViewModel;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

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
        File file = new File(out, "progress.png");
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                var assessment = workbook.getAssessments().get(1);
                ProgressView view = new ProgressView(new ProgressViewModel(
                        workbook, catalog.find(assessment.getFrameworkId()).orElseThrow(), assessment));
                Scene scene = new Scene(view, 1366, 1250);
                scene.getStylesheets()
                        .add(MainView.class
                                .getResource("/com/cxworkbook/ui/app.css")
                                .toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                Platform.runLater(() -> Platform.runLater(() -> {
                    shot.complete(scene.snapshot(null));
                    stage.close();
                }));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        Screenshots.write(shot.get(30, TimeUnit.SECONDS), file);
        System.out.println("wrote " + file);
        File gaps = new File(out, "follow-up-gaps.png");
        CompletableFuture<WritableImage> gapShot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                WorkbookSession session = new WorkbookSession(workbook, catalog);
                GapWorksheetView view = new GapWorksheetView(
                        new GapWorksheetViewModel(session.assessments().get(1), () -> LocalDate.of(2027, 5, 24)));
                Scene scene = new Scene(view, 1366, 768);
                scene.getStylesheets()
                        .add(MainView.class
                                .getResource("/com/cxworkbook/ui/app.css")
                                .toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                Platform.runLater(() -> Platform.runLater(() -> {
                    gapShot.complete(scene.snapshot(null));
                    stage.close();
                }));
            } catch (RuntimeException e) {
                gapShot.completeExceptionally(e);
            }
        });
        Screenshots.write(gapShot.get(30, TimeUnit.SECONDS), gaps);
        System.out.println("wrote " + gaps);
        Platform.exit();
    }
}
