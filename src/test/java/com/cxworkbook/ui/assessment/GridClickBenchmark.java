package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;

/**
 * How long a click on a grid cell takes on the FX thread, from the click to a laid-out screen: rating,
 * rescoring, the row's restyle, the result panel and a CSS + layout pass. Compared with building the whole
 * grid, which is what a rebuild-per-click design would pay. Run with {@code scripts/benchmark-grid.sh};
 * results go in docs/PERFORMANCE.md, never into a test assertion.
 */
public final class GridClickBenchmark {

    private static final int CLICKS = 400;

    private GridClickBenchmark() {}

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        System.out.printf(
                "%-28s %8s %12s %12s %14s%n", "framework", "items", "click p50 ms", "click p95 ms", "full build ms");
        String only = System.getProperty("benchmark.framework");
        try {
            measureAll(catalog, only);
        } finally {
            // also after a timeout: the FX thread would keep the JVM (and a core) busy for good
            Platform.exit();
        }
    }

    private static void measureAll(FrameworkCatalog catalog, String only) throws Exception {
        for (Framework framework : catalog.frameworks()) {
            if (only != null && !only.equals(framework.id())) {
                continue;
            }
            CompletableFuture<String> line = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    line.complete(measure(catalog, framework));
                } catch (RuntimeException e) {
                    line.completeExceptionally(e);
                }
            });
            System.out.println(line.get(600, TimeUnit.SECONDS));
        }
    }

    private static String measure(FrameworkCatalog catalog, Framework framework) {
        Workbook workbook = new Workbook();
        workbook.getAssessments().add(new Assessment(framework));
        AssessmentModel model =
                new WorkbookSession(workbook, catalog).assessments().get(0);
        List<Double> builds = new ArrayList<>();
        AssessmentView view = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            view = new AssessmentView(model);
            Scene scene = new Scene(view, 1280, 720);
            scene.getStylesheets()
                    .add(AssessmentView.class
                            .getResource("/com/cxworkbook/ui/app.css")
                            .toExternalForm());
            view.applyCss();
            view.layout();
            builds.add((System.nanoTime() - start) / 1e6);
        }
        Stage stage = new Stage();
        stage.setScene(view.getScene());
        stage.show();
        List<Item> items = framework.items();
        List<Integer> values = framework.scale().values();
        List<Double> clicks = new ArrayList<>();
        double fire = 0;
        double cssTime = 0;
        double layoutTime = 0;
        for (int i = 0; i < CLICKS; i++) {
            Item item = items.get(i % items.size());
            int value = values.get((i / items.size()) % values.size());
            Node cell = view.lookup("#cell-" + item.id() + "-" + value);
            if (cell == null) {
                // a tick list shows only the "in place" cell
                cell = view.lookup("#cell-" + item.id() + "-" + values.get(values.size() - 1));
            }
            long start = System.nanoTime();
            ((ButtonBase) cell).fire();
            long fired = System.nanoTime();
            view.applyCss();
            long css = System.nanoTime();
            view.layout();
            long end = System.nanoTime();
            clicks.add((end - start) / 1e6);
            fire += (fired - start) / 1e6;
            cssTime += (css - fired) / 1e6;
            layoutTime += (end - css) / 1e6;
        }
        stage.close();
        if (Boolean.getBoolean("benchmark.split")) {
            System.out.printf(
                    "  mean ms: model+views %.2f, css %.2f, layout %.2f%n",
                    fire / CLICKS, cssTime / CLICKS, layoutTime / CLICKS);
        }
        Collections.sort(clicks);
        Collections.sort(builds);
        return String.format(
                "%-28s %8d %12.2f %12.2f %14.1f",
                framework.id(),
                items.size(),
                clicks.get(clicks.size() / 2),
                clicks.get((int) (clicks.size() * 0.95)),
                builds.get(builds.size() / 2));
    }
}
