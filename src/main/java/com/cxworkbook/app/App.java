package com.cxworkbook.app;

import com.cxworkbook.persistence.AppHome;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainView;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.Background;
import com.cxworkbook.ui.file.FileUi;
import com.cxworkbook.ui.file.FileViewModel;
import com.cxworkbook.ui.workshop.WorkshopWindows;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
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

    private static void installWorkshopMenu(MainView view, MainViewModel viewModel, FxDialogService dialogs, Stage stage) {
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

    /** The first plain argument, e.g. a workbook a file association asked us to open; null when none. */
    private Path requestedFile() {
        return getParameters() == null ? null : getParameters().getUnnamed().stream()
                .filter(a -> !a.startsWith("-")).findFirst().map(Path::of).orElse(null);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel viewModel = new MainViewModel();
        FxDialogService dialogs = new FxDialogService(stage);
        FileViewModel files = new FileViewModel(viewModel, dialogs, Background.fx(), AppHome.dir(), Clock.systemDefaultZone());
        MainView view = new MainView(viewModel, () -> files.requestClose(Platform::exit));
        FileUi.install(stage, view, files, Platform::exit);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(App.class.getResource("/com/cxworkbook/ui/app.css"),
                "app.css is missing from the application").toExternalForm());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.show();
        StartupTrace.firstFrame(scene);

        installWorkshopMenu(view, viewModel, dialogs, stage);
        Task<StartupData> startup = new Task<>() {
            @Override
            protected StartupData call() {
                return StartupData.load(AppHome.dir(), requestedFile());
            }
        };
        startup.setOnSucceeded(e -> {
            StartupData data = startup.getValue();
            viewModel.loaded(data.catalog(), data.workbook(), data.workbookName());
            files.useSettings(data.settings());
            files.startedWith(data.workbookFile());
            if (!data.messages().isEmpty()) {
                files.tell(String.join(" ", data.messages()));
            }
            files.checkForRecovery();
            StartupTrace.interactive(scene);
        });
        startup.setOnFailed(e -> {
            StartupTrace.interactive(scene);
            viewModel.loadingProperty().set(false);
            dialogs.showError("Could not start", String.valueOf(startup.getException().getMessage()));
        });
        Thread thread = new Thread(startup, "startup-loader");
        thread.setDaemon(true);
        thread.start();
    }
}
