package com.cxworkbook.ui.dashboard;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.Screenshots;
import com.cxworkbook.ui.main.MainView;
import java.io.File;
import javafx.application.Platform;

/**
 * Writes PNGs of the sample workbook's home (the dashboard) at 1366×768 and 1920×1080, headless; run by
 * scripts/screenshots.sh. Output: docs/screenshots/dashboard-1366x768.png and dashboard-1920x1080.png.
 */
public final class DashboardScreenshots {

    private DashboardScreenshots() {}

    public static void main(String[] args) throws Exception {
        File out = Screenshots.startHeadless(args);
        FrameworkCatalog catalog = FrameworkCatalog.loadBundled();
        shoot(catalog, 1366, 768, new File(out, "dashboard-1366x768.png"));
        shoot(catalog, 1920, 1080, new File(out, "dashboard-1920x1080.png"));
        Platform.exit();
    }

    private static void shoot(FrameworkCatalog catalog, int width, int height, File file) throws Exception {
        Screenshots.shoot(
                () -> new MainView(new MainViewModel(), () -> {}),
                view -> view.viewModel().loaded(catalog, StartupData.readSample(), "Sample workshop"),
                4, // the dashboard is built after the first layout pulse; give it a few more to settle
                width,
                height,
                file);
    }
}
