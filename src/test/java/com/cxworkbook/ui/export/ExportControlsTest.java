package com.cxworkbook.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.ui.task.TaskExecutor;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedDeque;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real menu item and progress bar, clicked: progress shows while exporting and Cancel stops it. */
@ExtendWith(ApplicationExtension.class)
class ExportControlsTest {

    @TempDir
    static Path dir;

    private final ExportViewModelTest.FakeDialogs dialogs = new ExportViewModelTest.FakeDialogs();
    private final ConcurrentLinkedDeque<Runnable> queued = new ConcurrentLinkedDeque<>();
    private ExportControls controls;

    @Start
    void start(Stage stage) {
        var session = new SimpleObjectProperty<>(new WorkbookSession(StartupData.readSample(), Frameworks.catalog()));
        ExportViewModel vm = new ExportViewModel(session, () -> dialogs, TaskExecutor.inline(queued::add), path -> {});
        controls = new ExportControls(vm);
        Menu file = new Menu("File", null, controls.menuItem());
        file.setId("fileMenu");
        stage.setScene(new Scene(new VBox(new MenuBar(file), controls.bar()), 600, 200));
        stage.show();
    }

    @Test
    void menuItemStartsAnExportThatCanBeCancelled(FxRobot robot) throws Exception {
        assertEquals("exportMenuItem", controls.menuItem().getId());
        assertEquals(
                KeyCombination.keyCombination("Shortcut+E"), controls.menuItem().getAccelerator());
        HBox bar = robot.lookup("#exportBar").queryAs(HBox.class);
        assertFalse(bar.isVisible(), "no bar before any export");

        dialogs.saveAnswers.add(dir.resolve("cancelled.xlsx"));
        robot.clickOn("File").clickOn("Export to Excel…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.isVisible());
        assertTrue(robot.lookup("#exportProgress").query().isVisible());
        assertTrue(controls.menuItem().isDisable(), "one export at a time");
        robot.clickOn("#cancelExportButton");
        Runnable export = queued.poll();
        robot.interact(export); // the queued task, run on the FX thread as its callbacks would be
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Export cancelled; no file was written.",
                robot.lookup("#exportStatus").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#cancelExportButton").queryAs(Button.class).isVisible());
        assertFalse(Files.exists(dir.resolve("cancelled.xlsx")));
        assertFalse(controls.menuItem().isDisable());
    }
}
