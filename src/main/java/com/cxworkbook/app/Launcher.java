package com.cxworkbook.app;

import java.util.List;
import javafx.application.Application;

/**
 * Plain main class: the app runs on the classpath (POI's automatic modules rule out a modular app), and a
 * main that does not extend Application lets JavaFX start from a plain classpath launch. Command-line
 * modes are handled before JavaFX is touched, so they work without a display. A window start begins
 * loading frameworks and the workbook before the toolkit starts (see {@link StartupData#loadEarly}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (SelfTest.isRequested(args)) {
            System.exit(SelfTest.standard().run(System.out));
        }
        // headless commands never touch JavaFX, so they run without a display
        if (Cli.handles(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        TextLayoutSpeedup.apply();
        StartupData.loadEarly(List.of(args));
        Application.launch(App.class, args);
    }
}
