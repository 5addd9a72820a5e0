package com.cxworkbook.ui;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workshop.FacilitationView;
import com.cxworkbook.ui.workshop.FacilitationViewModel;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The sample workshop at the screen sizes facilitators bring — 1280×720 and 1366×768 laptops and a
 * 1920×1080 projector — headless: docs/screenshots/size-<w>x<h>-{grid,gap,room,facilitation}.png
 * ({@code scripts/screenshots.sh}).
 */
public final class ScreenSizeScreenshots {

    private static final int[][] SIZES = {{1280, 720}, {1366, 768}, {1920, 1080}};

    private ScreenSizeScreenshots() {}

    public static void main(String[] args) throws Exception {
        File out = Screenshots.startHeadless(args);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        for (int[] size : SIZES) {
            String prefix = "size-" + size[0] + "x" + size[1] + "-";
            shootMain(catalog, size, false, false, new File(out, prefix + "grid.png"));
            shootMain(catalog, size, false, true, new File(out, prefix + "gap.png"));
            shootMain(catalog, size, true, false, new File(out, prefix + "room.png"));
            shootFacilitation(catalog, size, new File(out, prefix + "facilitation.png"));
        }
        Platform.exit();
    }

    private static void shootMain(FrameworkCatalog catalog, int[] size, boolean room, boolean gaps, File file)
            throws Exception {
        shoot(
                size,
                file,
                () -> {
                    MainViewModel vm = new MainViewModel();
                    MainView view = new MainView(vm, () -> {});
                    vm.loaded(catalog, StartupData.readSample(), "Sample workshop");
                    return view;
                },
                root -> {
                    MainViewModel vm = ((MainView) root).viewModel();
                    vm.selectedAssessmentProperty().set(vm.assessments().get(0));
                    vm.projectorModeProperty().set(room);
                    if (gaps) {
                        Screenshots.showGapTab(root);
                    }
                });
    }

    private static void shootFacilitation(FrameworkCatalog catalog, int[] size, File file) throws Exception {
        shoot(
                size,
                file,
                () -> {
                    Workbook workbook = StartupData.readSample();
                    MainViewModel vm = new MainViewModel();
                    vm.loaded(catalog, workbook, "Sample workshop");
                    AssessmentModel model = vm.assessments().get(0);
                    FacilitationViewModel facilitation = new FacilitationViewModel(model, workbook.getParticipants());
                    facilitation.reveal(true);
                    FacilitationView view = new FacilitationView(facilitation);
                    view.getStyleClass().add("projector");
                    return view;
                },
                root -> {});
    }

    private static void shoot(int[] size, File file, Supplier<Parent> make, Consumer<Parent> then) throws Exception {
        Screenshots.shoot(make, then, 3, size[0], size[1], file);
    }
}
