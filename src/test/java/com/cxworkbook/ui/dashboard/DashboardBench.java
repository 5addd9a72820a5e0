package com.cxworkbook.ui.dashboard;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * What the home's dashboard costs on the FX thread after the first frame: building the sample's cards and
 * laying them out (CSS + layout), first in a fresh JVM (cold: class loading included) and then the median
 * of 20 rebuilds. Run headless by scripts/bench (or: java -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw -cp ... com.cxworkbook.ui.dashboard.DashboardBench).
 */
public final class DashboardBench {

    private DashboardBench() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        Workbook workbook = StartupData.readSample();
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                WorkbookSession session = new WorkbookSession(workbook, catalog);
                StackPane root = new StackPane();
                Scene scene = new Scene(root, 1280, 720);
                scene.getStylesheets()
                        .add(DashboardBench.class
                                .getResource("/com/cxworkbook/ui/app.css")
                                .toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                long[] times = new long[21];
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    DashboardView view = new DashboardView(session.assessments(), (m, s) -> {});
                    root.getChildren().setAll(view);
                    root.applyCss();
                    root.layout();
                    times[i] = System.nanoTime() - start;
                }
                stage.close();
                done.complete(times);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        long[] times = done.get(60, TimeUnit.SECONDS);
        List<Long> warm = new ArrayList<>();
        for (int i = 1; i < times.length; i++) {
            warm.add(times[i]);
        }
        Collections.sort(warm);
        System.out.printf(
                "dashboard of the sample (%d cards): first build + CSS + layout %.1f ms (cold JVM), "
                        + "median of %d rebuilds %.1f ms%n",
                workbook.getAssessments().size(), times[0] / 1e6, warm.size(), warm.get(warm.size() / 2) / 1e6);
        Platform.exit();
    }
}
