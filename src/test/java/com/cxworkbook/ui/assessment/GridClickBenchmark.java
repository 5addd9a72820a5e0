package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * rescoring, the row's restyle, the result panel and the next pulse's CSS + layout passes. Compared with building the whole
 * grid, which is what a rebuild-per-click design would pay. Run with {@code scripts/benchmark-grid.sh};
 * results go in docs/PERFORMANCE.md, never into a test assertion.
 */
public final class GridClickBenchmark {

    private static final int CLICKS = 400;
    /**
     * Clicks before the measured ones: one on every cell, so each click path has run once (the JVM runs a
     * method interpreted until it is compiled, the first time a row or value is clicked). Their own times are
     * reported apart, as the first clicks of a session.
     */
    private static final int WARM_UP_PASSES = 1;

    private GridClickBenchmark() {}

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        System.out.printf(
                "%-28s %6s %12s %12s %14s %11s %11s %17s%n",
                "framework",
                "items",
                "click p50 ms",
                "click p95 ms",
                "full build ms",
                "cpu p50 ms",
                "cpu p95 ms",
                "first pass p95 ms");
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
                    new Run(catalog, framework, line).start();
                } catch (RuntimeException e) {
                    line.completeExceptionally(e);
                }
            });
            System.out.println(line.get(600, TimeUnit.SECONDS));
        }
    }

    /**
     * One framework's clicks, each measured as the app lives it: the click's own handlers, then the next
     * pulse's CSS and layout passes (between the scene's pre- and post-layout pulse listeners). Only the
     * nodes the click changed are styled and laid out, as in the running app; calling applyCss() on the view
     * instead would restyle all of it on every click. The wait for the pulse itself is not counted.
     */
    private static final class Run {
        private final Framework framework;
        private final CompletableFuture<String> line;
        private final List<Double> builds = new ArrayList<>();
        private final List<Double> clicks = new ArrayList<>();
        private final List<Double> warmUp = new ArrayList<>();
        private final int warmUpClicks;
        // the FX thread's CPU time per click as well: on a machine shared with other builds the wall time
        // includes waiting for a core, the CPU time mostly does not
        private final List<Double> cpu = new ArrayList<>();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final AssessmentView view;
        private Stage stage;
        private int click;
        private boolean waiting;
        private long handlerNanos;
        private long handlerCpu;
        private long pulseStart;
        private long pulseStartCpu;
        private double fireTotal;
        private double pulseTotal;

        Run(FrameworkCatalog catalog, Framework framework, CompletableFuture<String> line) {
            this.framework = framework;
            this.line = line;
            this.warmUpClicks = WARM_UP_PASSES
                    * framework.items().size()
                    * framework.scale().values().size();
            Workbook workbook = new Workbook();
            workbook.getAssessments().add(new Assessment(framework));
            AssessmentModel model =
                    new WorkbookSession(workbook, catalog).assessments().get(0);
            AssessmentView built = null;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                built = new AssessmentView(model);
                // the whole grid, as after its first frame (a long grid attaches its last rows then)
                built.grid().attachRest();
                Scene scene = new Scene(built, 1280, 720);
                scene.getStylesheets()
                        .add(AssessmentView.class
                                .getResource("/com/cxworkbook/ui/app.css")
                                .toExternalForm());
                built.applyCss();
                built.layout();
                builds.add((System.nanoTime() - start) / 1e6);
            }
            view = built;
        }

        void start() {
            stage = new Stage();
            Scene scene = view.getScene();
            stage.setScene(scene);
            scene.addPreLayoutPulseListener(() -> {
                pulseStart = System.nanoTime();
                pulseStartCpu = threads.getCurrentThreadCpuTime();
            });
            scene.addPostLayoutPulseListener(this::pulseDone);
            stage.show();
            Platform.runLater(this::next);
        }

        private void next() {
            if (click == warmUpClicks + CLICKS) {
                finish();
                return;
            }
            List<Item> items = framework.items();
            List<Integer> values = framework.scale().values();
            Item item = items.get(click % items.size());
            int value = values.get((click / items.size()) % values.size());
            Node cell = view.lookup("#cell-" + item.id() + "-" + value);
            if (cell == null) {
                // a tick list shows only the "in place" cell
                cell = view.lookup("#cell-" + item.id() + "-" + values.get(values.size() - 1));
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ((ButtonBase) cell).fire();
            handlerNanos = System.nanoTime() - start;
            handlerCpu = threads.getCurrentThreadCpuTime() - cpuStart;
            waiting = true;
            Platform.requestNextPulse();
        }

        private void pulseDone() {
            if (!waiting) {
                return;
            }
            waiting = false;
            long pulseNanos = System.nanoTime() - pulseStart;
            long pulseCpu = threads.getCurrentThreadCpuTime() - pulseStartCpu;
            if (click++ < warmUpClicks) {
                warmUp.add((handlerNanos + pulseNanos) / 1e6);
            } else {
                clicks.add((handlerNanos + pulseNanos) / 1e6);
                cpu.add((handlerCpu + pulseCpu) / 1e6);
                fireTotal += handlerCpu / 1e6;
                pulseTotal += pulseCpu / 1e6;
            }
            Platform.runLater(this::next);
        }

        private void finish() {
            stage.close();
            if (Boolean.getBoolean("benchmark.split")) {
                System.out.printf(
                        "  mean CPU ms: click handlers %.2f, pulse CSS + layout %.2f%n",
                        fireTotal / CLICKS, pulseTotal / CLICKS);
            }
            Collections.sort(clicks);
            Collections.sort(builds);
            Collections.sort(cpu);
            Collections.sort(warmUp);
            line.complete(String.format(
                    "%-28s %6d %12.2f %12.2f %14.1f %11.2f %11.2f %17.2f",
                    framework.id(),
                    framework.items().size(),
                    clicks.get(clicks.size() / 2),
                    clicks.get((int) (clicks.size() * 0.95)),
                    builds.get(builds.size() / 2),
                    cpu.get(cpu.size() / 2),
                    cpu.get((int) (cpu.size() * 0.95)),
                    warmUp.get((int) (warmUp.size() * 0.95))));
        }
    }
}
