package com.cxworkbook.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.export.TemplateFiller;
import com.cxworkbook.persistence.FrameworkCatalog;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.file.Background;
import com.cxworkbook.ui.framework.FrameworkRow;
import com.cxworkbook.ui.main.MainView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import framework… with the real dialogs, driven by clicks; only the native file chooser is
 * replaced. A good template is shown, confirmed and lands in the library; a broken one lists its cells and
 * installs nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FrameworkImportDialogTest {

    @TempDir
    static Path dir;

    private final MainViewModel main = new MainViewModel();
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory(dir, "home");
        FxDialogService dialogs = new FxDialogService(stage) {
            @Override
            public Optional<Path> chooseOpenFile(String title, Path folder, String description, String... patterns) {
                return Optional.ofNullable(chosen.get());
            }
        };
        MainView view = new MainView(main, () -> {});
        FrameworkMenu.install(view.fileMenu(), new FrameworkLibraryViewModel(main, dialogs, Background.fx(), home));
        main.loaded(FrameworkCatalog.load(home), StartupData.readSample(), StartupData.SAMPLE_NAME);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    private void importFramework(FxRobot robot, Path file) {
        chosen.set(file);
        MainView view = robot.lookup("#mainView").queryAs(MainView.class);
        // runLater: the item ends in a modal dialog whose nested event loop must not block the test
        Platform.runLater(() -> view.fileMenu().getItems().stream()
                .filter(i -> "importFrameworkMenuItem".equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
    }

    private String dialogMessage(FxRobot robot) throws Exception {
        // visible, not just built: the alert's content exists a moment before its window shows
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dialogMessage")
                .match(org.testfx.util.NodeQueryUtils.isVisible())
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#dialogMessage").queryAs(Label.class).getText();
    }

    @Test
    void aFilledInTemplateIsShownConfirmedAndAddedToTheLibrary(FxRobot robot) throws Exception {
        Path file = TemplateFiller.blankEdited(dir.resolve("acme.xlsx"), TemplateFiller::acme);
        importFramework(robot, file);
        assertEquals(
                "Acme CX Maturity 1.0 (5 items in 2 sections) is new to the library.\n\nAdd it to your framework library?",
                dialogMessage(robot));
        robot.clickOn("#confirmButton");
        // the library is read on the FX thread, where it changes
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> main.frameworks().stream()
                        .anyMatch(r -> r.framework().id().equals("acme-cx")))
                .get());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> library = robot.lookup("#frameworkList").queryAs(ListView.class);
        FrameworkRow selected = (FrameworkRow) library.getSelectionModel().getSelectedItem();
        assertEquals("Acme CX Maturity", selected.name());
        assertEquals("5 items · Your consultancy · imported, version 1.0", selected.details());
        assertEquals(
                "Acme CX Maturity",
                robot.lookup("#frameworkTitle").queryAs(Label.class).getText());
        assertTrue(
                robot.lookup("#frameworkSource").queryAs(Label.class).getText().contains("imported · "));
        assertTrue(Files.isRegularFile(home.resolve("frameworks/acme-cx.json")));
    }

    @Test
    void aBrokenTemplateListsItsCellsAndInstallsNothing(FxRobot robot) throws Exception {
        Path file = TemplateFiller.blankEdited(dir.resolve("broken.xlsx"), wb -> {
            TemplateFiller.acme(wb);
            TemplateFiller.set(wb.getSheet("Items"), "E3", "cx-vision");
        });
        importFramework(robot, file);
        assertEquals(
                "Not imported: 1 problem to correct first. Nothing was installed.\n\n"
                        + "Items!E3 (Item id): duplicate item id \"cx-vision\". Give each row its own id",
                dialogMessage(robot));
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane)
                robot.lookup("#dialogMessage").queryAs(Label.class).getParent();
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(home.resolve("frameworks")));
        assertFalse(WaitForAsyncUtils.asyncFx(() -> main.frameworks().stream()
                        .anyMatch(r -> r.framework().id().equals("acme-cx")))
                .get());
    }
}
