package com.cxworkbook.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** What the headless screenshot utilities share: starting JavaFX without a display, and writing PNGs without javafx.swing. */
public final class Screenshots {

    private Screenshots() {}

    /** Starts JavaFX headless (Monocle, software rendering) and returns the output folder, args[0] or docs/screenshots. */
    public static File startHeadless(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        File out = new File(args.length > 0 ? args[0] : "docs/screenshots");
        if (!out.isDirectory() && !out.mkdirs()) {
            throw new IOException("Cannot create " + out);
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        return out;
    }

    /**
     * Builds a view on the FX thread, shows it in a window of the given size with the app's stylesheet, and
     * writes a PNG of it once two pulses have laid it out.
     */
    public static void shoot(Supplier<Parent> view, int width, int height, File file) throws Exception {
        shoot(view, shown -> {}, 2, width, height, file);
    }

    /**
     * As {@link #shoot(Supplier, int, int, File)}, with {@code shown} run on the view once its window is up
     * (load the workbook, pick an assessment or tab: what the user would do there) and {@code turns} turns
     * of the FX queue for CSS and layout to settle before the picture is taken.
     */
    public static <T extends Parent> void shoot(
            Supplier<T> view, Consumer<? super T> shown, int turns, int width, int height, File file) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                T root = view.get();
                Scene scene = new Scene(root, width, height);
                scene.getStylesheets()
                        .add(Screenshots.class
                                .getResource("/com/cxworkbook/ui/app.css")
                                .toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                shown.accept(root);
                later(turns, () -> {
                    shot.complete(scene.snapshot(null));
                    stage.close();
                });
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        write(shot.get(60, TimeUnit.SECONDS), file);
        System.out.println("wrote " + file);
    }

    /** Selects the open assessment's gap worksheet tab, as a click on it would. */
    public static void showGapTab(Parent root) {
        TabPane tabs = (TabPane) root.lookup("#assessmentTabs");
        tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> "gapTab".equals(t.getId()))
                        .findFirst()
                        .orElseThrow());
    }

    /** Runs {@code action} on the FX thread after {@code turns} further turns of its queue. */
    public static void later(int turns, Runnable action) {
        if (turns == 0) {
            action.run();
        } else {
            Platform.runLater(() -> later(turns - 1, action));
        }
    }

    public static void write(WritableImage image, File file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", file);
    }
}
