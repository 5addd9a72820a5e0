package com.cxworkbook.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Scene scene = new Scene(view.get(), width, height);
                scene.getStylesheets()
                        .add(Screenshots.class
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
        write(shot.get(30, TimeUnit.SECONDS), file);
        System.out.println("wrote " + file);
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
