package com.cxworkbook.ui.assessment;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;

/**
 * Writes PNGs of every framework's grid as the app shows it, headless through Monocle (no display):
 * {@code scripts/screenshots.sh} or
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.cxworkbook.ui.assessment.GridScreenshots}.
 * Output: docs/screenshots/grid-<framework>.png at 1280×720 and grid-<framework>-projector.png at 1920×1080
 * (projector mode, form hidden).
 */
public final class GridScreenshots {

    private GridScreenshots() {}

    public static void main(String[] args) throws Exception {
        File out = Screenshots.startHeadless(args);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        Workbook workbook = StartupData.readSample();
        for (Framework framework : catalog.frameworks()) {
            if (workbook.getAssessments().stream().noneMatch(a -> framework.id().equals(a.getFrameworkId()))) {
                workbook.getAssessments().add(demoAssessment(framework));
            }
        }
        for (Framework framework : catalog.frameworks()) {
            shoot(catalog, workbook, framework, false, 1280, 720, new File(out, "grid-" + framework.id() + ".png"));
            shoot(
                    catalog,
                    workbook,
                    framework,
                    true,
                    1920,
                    1080,
                    new File(out, "grid-" + framework.id() + "-projector.png"));
        }
        Platform.exit();
    }

    /** Ratings that show a realistic mix: most items rated, one N/A, a few left open. */
    private static Assessment demoAssessment(Framework framework) {
        Assessment assessment = new Assessment(framework);
        List<Item> items = framework.items();
        List<Integer> values = framework.scale().values();
        for (int i = 0; i < items.size(); i++) {
            if (i % 7 == 5) {
                continue;
            }
            Rating rating = i == 3 ? Rating.NOT_APPLICABLE : Rating.of(values.get((i * 3 + 1) % values.size()));
            assessment.rate(items.get(i).id(), rating);
        }
        return assessment;
    }

    private static void shoot(
            FrameworkCatalog catalog,
            Workbook workbook,
            Framework framework,
            boolean projector,
            int width,
            int height,
            File file)
            throws Exception {
        Screenshots.shoot(
                () -> new MainView(new MainViewModel(), () -> {}),
                view -> {
                    MainViewModel vm = view.viewModel();
                    vm.loaded(catalog, workbook, "Screenshots");
                    vm.projectorModeProperty().set(projector);
                    AssessmentModel model = vm.assessments().stream()
                            .filter(a -> framework.id().equals(a.assessment().getFrameworkId()))
                            .findFirst()
                            .orElseThrow();
                    vm.selectedAssessmentProperty().set(model);
                    if (projector) {
                        // On the wall the room reads the grid; the facilitator hides the form to give it the width
                        ((ToggleButton) view.lookup("#sidePanelToggle")).fire();
                    }
                },
                2, // CSS and layout settle before the picture is taken
                width,
                height,
                file);
    }
}
