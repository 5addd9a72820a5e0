package com.cxworkbook.bench;

import com.cxworkbook.app.StartupTrace;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The startup baseline for {@code scripts/bench}: the smallest JavaFX window, measured with the same markers
 * as the app (it is interactive as soon as its first frame is up). Not shipped: lives in the test sources.
 */
public class HelloWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello"), 1280, 800);
        stage.setTitle("Hello");
        stage.setScene(scene);
        stage.show();
        StartupTrace.firstFrame(scene);
        StartupTrace.interactive(scene);
    }

    /** Plain main, like the app's Launcher, so both start the same way from the classpath. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloWindow.class, args);
        }
    }
}
