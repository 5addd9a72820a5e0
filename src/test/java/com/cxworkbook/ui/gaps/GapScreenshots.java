package com.cxworkbook.ui.gaps;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.main.MainView;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Writes PNGs of the sample ICMI assessment's gap worksheet as the app shows it, headless (no display):
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.cxworkbook.ui.gaps.GapScreenshots}.
 * Output: docs/screenshots/gap-worksheet.png and gap-matrix.png.
 */
public final class GapScreenshots {

    private GapScreenshots() {}

    public static void main(String[] args) throws Exception {
        File out = Screenshots.startHeadless(args);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        shoot(catalog, false, new File(out, "gap-worksheet.png"));
        shoot(catalog, true, new File(out, "gap-matrix.png"));
        Platform.exit();
    }

    private static void shoot(FrameworkCatalog catalog, boolean matrix, File file) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MainViewModel vm = new MainViewModel();
                MainView view = new MainView(vm, () -> {});
                Scene scene = new Scene(view, 1600, 900);
                scene.getStylesheets()
                        .add(MainView.class
                                .getResource("/com/cxworkbook/ui/app.css")
                                .toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                vm.loaded(catalog, StartupData.readSample(), "Sample workshop");
                vm.selectedAssessmentProperty().set(vm.assessments().get(0));
                TabPane tabs = (TabPane) scene.lookup("#assessmentTabs");
                tabs.getSelectionModel()
                        .select(tabs.getTabs().stream()
                                .filter(t -> "gapTab".equals(t.getId()))
                                .findFirst()
                                .orElseThrow());
                if (matrix) {
                    Platform.runLater(() -> ((ToggleButton) scene.lookup("#matrixToggle")).fire());
                }
                // a few pulses: CSS and layout settle before the picture is taken
                Platform.runLater(() -> Platform.runLater(() -> Platform.runLater(() -> {
                    shot.complete(scene.snapshot(null));
                    stage.close();
                })));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        Screenshots.write(shot.get(30, TimeUnit.SECONDS), file);
        System.out.println("wrote " + file);
    }
}
