package com.cxworkbook.ui.library;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.export.TemplateFiller;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.framework.FrameworkImporter;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;

/**
 * PNGs of a framework of one's own in the app, headless (scripts/screenshots.sh): the library with the
 * imported "Acme CX Maturity" selected (framework-imported.png) and its rating grid with the facilitator's
 * guidance in the form (grid-own-framework.png).
 */
public final class FrameworkLibraryScreenshots {

    private FrameworkLibraryScreenshots() {}

    public static void main(String[] args) throws Exception {
        File out = Screenshots.startHeadless(args);
        Path home = Files.createTempDirectory("cxwb-shots");
        Path template = TemplateFiller.blankEdited(home.resolve("acme.xlsx"), TemplateFiller::acme);
        FrameworkImporter importer = new FrameworkImporter(home);
        importer.install(importer.check(template, FrameworkCatalog.load(home)));
        FrameworkCatalog catalog = FrameworkCatalog.load(home);
        Framework acme = catalog.find("acme-cx").orElseThrow();
        Workbook workbook = StartupData.readSample();
        Assessment assessment = new Assessment(acme);
        assessment.setTitle("Acme CX Maturity");
        assessment.rate(acme.items().get(0).id(), Rating.of(3));
        workbook.getAssessments().add(0, assessment);
        shoot(catalog, workbook, new File(out, "framework-imported.png"), vm -> vm.selectFramework("acme-cx"));
        shoot(catalog, workbook, new File(out, "grid-own-framework.png"), vm -> {
            AssessmentModel model = vm.assessments().get(0);
            vm.selectedAssessmentProperty().set(model);
        });
        Platform.exit();
    }

    private static void shoot(FrameworkCatalog catalog, Workbook workbook, File file, Consumer<MainViewModel> select)
            throws Exception {
        Screenshots.shoot(
                () -> new MainView(new MainViewModel(), () -> {}),
                view -> {
                    view.viewModel().loaded(catalog, workbook, "Screenshots");
                    select.accept(view.viewModel());
                    // the second item has guidance: rate it (which focuses it) so the form shows it
                    Screenshots.later(2, () -> {
                        Node row = view.lookup("#row-cx-owner");
                        if (row != null) {
                            row.lookupAll(".button").stream()
                                    .filter(n -> n instanceof ButtonBase)
                                    .skip(3)
                                    .findFirst()
                                    .ifPresent(b -> ((ButtonBase) b).fire());
                        }
                    });
                },
                4, // the click's turns and two more for its restyle
                1280,
                720,
                file);
    }
}
