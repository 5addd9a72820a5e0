package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.main.MainView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** After a crash the window shows what was recovered; Restore brings it back as unsaved changes. */
@ExtendWith(ApplicationExtension.class)
class RecoveryBannerTest {

    @TempDir
    Path home;

    private final MainViewModel main = new MainViewModel();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Workbook lost = StartupData.readSample();
        lost.setClient("Lost Client Ltd");
        lost.getAssessments().get(0).rate("organizational-alignment", Rating.of(5));
        new RecoveryStore(home, "1@crashed")
                .save(
                        new WorkbookStore().toBytes(lost),
                        home.resolve("lost.cxwb"),
                        "lost.cxwb",
                        Instant.parse("2026-11-23T09:12:00Z"));

        FileViewModel files = new FileViewModel(
                main,
                new FxDialogService(stage),
                Background.fx(),
                new SettingsStore(home),
                new RecoveryStore(home, "2@this-start"),
                Clock.system(ZoneOffset.UTC));
        MainView view = new MainView(main, () -> {});
        FileUi.install(stage, view, view.fileMenu(), files, () -> {});
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        stage.titleProperty().bind(main.titleProperty());
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        files.checkForRecovery();
    }

    @Test
    void restoreOpensTheRecoveredWorkAsUnsavedChangesToItsFile(FxRobot robot) throws Exception {
        Node banner = robot.lookup("#recoveryBanner").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, banner::isVisible);
        String text = robot.lookup("#recoveryText").queryAs(Label.class).getText();
        assertTrue(text.contains("“Lost Client Ltd” (lost.cxwb)"), text);
        assertTrue(text.endsWith("autosaved 23 Nov 2026 at 09:12."), text);
        assertEquals(
                "Sample workshop (Northwind Energy) — CX Maturity Workbook", stage.getTitle(), "nothing replaced yet");

        robot.clickOn("#restoreRecoveryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible());
        assertEquals("• lost.cxwb — CX Maturity Workbook", stage.getTitle());
        assertTrue(robot.lookup("#clientLine").queryAs(Label.class).getText().startsWith("Lost Client Ltd"));
        assertEquals(
                Rating.of(5), main.sessionProperty().get().assessments().get(0).rating("organizational-alignment"));
    }

    @Test
    void discardHidesTheBarAndRemovesTheCopy(FxRobot robot) throws Exception {
        Node banner = robot.lookup("#recoveryBanner").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, banner::isVisible);
        robot.clickOn("#discardRecoveryButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new RecoveryStore(home, "3@later")
                .find()
                .isEmpty());
        assertFalse(banner.isVisible());
        assertEquals("Sample workshop (Northwind Energy) — CX Maturity Workbook", stage.getTitle());
    }
}
