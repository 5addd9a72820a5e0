package com.cxworkbook.app;

import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainView;
import com.cxworkbook.ui.MainViewModel;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: shows the window at once; frameworks and the workbook load off the FX thread
 * (started by {@link Launcher} before the toolkit, see {@link StartupData#loadEarly}) so the first frame is
 * never held up by file I/O or JSON parsing.
 */
public class App extends Application {

    @Override
    public void start(Stage stage) {
        CompletableFuture<StartupData> loading = StartupData.loading();
        MainViewModel viewModel = new MainViewModel();
        MainView view = new MainView(viewModel, Platform::exit);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/com/cxworkbook/ui/app.css"),
                "app.css is missing from the application").toExternalForm());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        FxDialogService dialogs = new FxDialogService(stage);

        // The early load has usually finished by now: then the window is styled and laid out once, with
        // its content, instead of once empty and again full (that second pass cost as much as the first).
        // A failed load is reported once the window is up, so the error dialog has an owner to sit on.
        boolean loadedBeforeShow = loading.isDone() && !loading.isCompletedExceptionally();
        if (loadedBeforeShow) {
            loaded(loading, viewModel, dialogs);
        }
        stage.show();
        StartupTrace.firstFrame(scene);
        if (loadedBeforeShow) {
            StartupTrace.interactive(scene);
        } else {
            loading.whenComplete((data, error) -> Platform.runLater(() -> {
                loaded(loading, viewModel, dialogs);
                StartupTrace.interactive(scene);
            }));
        }
    }

    private static void loaded(CompletableFuture<StartupData> loading, MainViewModel viewModel, FxDialogService dialogs) {
        try {
            StartupData data = loading.join();
            viewModel.loaded(data.catalog(), data.workbook(), data.workbookName());
        } catch (CompletionException | CancellationException e) {
            viewModel.loadingProperty().set(false);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            dialogs.showError("Could not start", String.valueOf(cause.getMessage()));
        }
    }
}
