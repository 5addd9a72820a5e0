package com.cxworkbook.app;

import com.cxworkbook.persistence.AppHome;
import com.cxworkbook.persistence.WindowStateStore;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.Background;
import com.cxworkbook.ui.file.FileUi;
import com.cxworkbook.ui.file.FileViewModel;
import com.cxworkbook.ui.library.FrameworkLibraryViewModel;
import com.cxworkbook.ui.library.FrameworkMenu;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.window.RoomView;
import com.cxworkbook.ui.window.WindowKeeper;
import com.cxworkbook.ui.workshop.WorkshopWindows;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;

/**
 * The JavaFX application: shows the window at once, then loads frameworks and the workbook off the FX
 * thread so the first frame is never held up by file I/O or JSON parsing.
 */
public class App extends Application {

    private WindowKeeper windowKeeper;

    @Override
    public void stop() {
        if (windowKeeper != null) {
            windowKeeper.save();
        }
    }

    private static void installWorkshopMenu(
            MainView view, MainViewModel viewModel, FxDialogService dialogs, Stage stage) {
        WorkshopWindows windows = new WorkshopWindows(viewModel, dialogs, stage);
        MenuItem facilitation = new MenuItem("_Facilitation mode");
        facilitation.setId("facilitationMenuItem");
        facilitation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        facilitation.setOnAction(e -> windows.openFacilitation());
        MenuItem privateEntry = new MenuItem("_Private entry (pass the laptop round)");
        privateEntry.setId("privateEntryMenuItem");
        privateEntry.setOnAction(e -> windows.openPrivateEntry());
        MenuItem medians = new MenuItem("Agree on the room's _medians for unrated items");
        medians.setId("agreeMediansMenuItem");
        medians.setOnAction(e -> windows.agreeOnMedians());
        MenuItem perception = new MenuItem("Perception _gap by group and participant");
        perception.setId("perceptionGapMenuItem");
        perception.setOnAction(e -> windows.openPerceptionGap());
        view.workshopMenu().getItems().addAll(facilitation, privateEntry, medians, perception);
    }

    @Override
    public void start(Stage stage) {
        CompletableFuture<StartupData> loading = StartupData.loading(
                getParameters() == null ? List.of() : getParameters().getRaw());
        MainViewModel viewModel = new MainViewModel();
        FxDialogService dialogs = new FxDialogService(stage);
        FileViewModel files =
                new FileViewModel(viewModel, dialogs, Background.fx(), AppHome.dir(), Clock.systemDefaultZone());
        MainView view = new MainView(viewModel, () -> files.requestClose(Platform::exit));
        FileUi.install(stage, view, view.fileMenu(), files, Platform::exit);
        view.assessmentActions().reportTo(files::report);
        installWorkshopMenu(view, viewModel, dialogs, stage);
        FrameworkLibraryViewModel library =
                new FrameworkLibraryViewModel(viewModel, dialogs, Background.fx(), AppHome.dir());
        FrameworkMenu.install(view.fileMenu(), library);
        library.statusProperty().addListener((obs, old, message) -> files.tell(message));
        Scene scene = new Scene(view);
        windowKeeper = WindowKeeper.place(stage, new WindowStateStore(AppHome.dir()).load());
        RoomView.install(stage, scene, viewModel);
        scene.getStylesheets()
                .add(Objects.requireNonNull(
                                App.class.getResource("/com/cxworkbook/ui/app.css"),
                                "app.css is missing from the application")
                        .toExternalForm());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);

        // The early load has usually finished by now: then the window is styled and laid out once, with
        // its content, instead of once empty and again full (that second pass cost as much as the first).
        // A failed load is reported once the window is up, so the error dialog has an owner to sit on.
        boolean loadedBeforeShow = loading.isDone() && !loading.isCompletedExceptionally();
        if (loadedBeforeShow) {
            loaded(loading, viewModel, files, dialogs);
        }
        stage.show();
        // After show: the window gives its first focusable control the focus as it opens
        Platform.runLater(() -> view.continueButton().requestFocus());
        StartupTrace.firstFrame(scene);
        if (loadedBeforeShow) {
            StartupTrace.interactive(scene, viewModel::continueRating);
        } else {
            loading.whenComplete((data, error) -> Platform.runLater(() -> {
                loaded(loading, viewModel, files, dialogs);
                view.continueButton().requestFocus();
                StartupTrace.interactive(scene, viewModel::continueRating);
            }));
        }
    }

    private static void loaded(
            CompletableFuture<StartupData> loading,
            MainViewModel viewModel,
            FileViewModel files,
            FxDialogService dialogs) {
        StartupData data;
        try {
            data = loading.join();
        } catch (CompletionException | CancellationException e) {
            viewModel.loadingProperty().set(false);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            dialogs.showError("Could not start", String.valueOf(cause.getMessage()));
            return;
        }
        viewModel.loadedSession(data.catalog(), data.session(), data.workbookName());
        files.useSettings(data.settings());
        files.startedWith(data.workbookFile());
        if (!data.messages().isEmpty()) {
            files.tell(String.join(" ", data.messages()));
        }
        files.checkForRecovery();
    }
}
