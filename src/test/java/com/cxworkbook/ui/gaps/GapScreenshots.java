package com.cxworkbook.ui.gaps;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.main.MainView;
import java.io.File;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;

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
        Screenshots.shoot(
                () -> new MainView(new MainViewModel(), () -> {}),
                view -> {
                    MainViewModel vm = view.viewModel();
                    vm.loaded(catalog, StartupData.readSample(), "Sample workshop");
                    vm.selectedAssessmentProperty().set(vm.assessments().get(0));
                    Screenshots.showGapTab(view);
                    if (matrix) {
                        Platform.runLater(() -> ((ToggleButton) view.lookup("#matrixToggle")).fire());
                    }
                },
                3, // a few turns: CSS and layout settle before the picture is taken
                1600,
                900,
                file);
    }
}
