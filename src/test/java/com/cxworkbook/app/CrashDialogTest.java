package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.persistence.CrashLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception thrown in an event handler of the running app is not lost: JavaFX hands it to the default
 * uncaught-exception handler the launcher installs ({@link CrashHandler}), which writes a log under the
 * settings folder and shows the error dialog, whose "Copy details" puts the full report on the clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {

    private static final String MESSAGE = "the handler broke";

    @TempDir
    Path home;

    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        Button button = new Button("Do something");
        button.setId("failingButton");
        button.setOnAction(e -> {
            throw new IllegalStateException(MESSAGE);
        });
        stage.setScene(new Scene(button, 300, 120));
        stage.show();
    }

    @BeforeEach
    void installAsTheLauncherDoes() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(new CrashHandler(new CrashLog(home)));
    }

    @AfterEach
    void restore(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        robot.interact(() -> robot.listWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(Stage.class::cast)
                .toList()
                .forEach(Stage::close));
    }

    @Test
    void anExceptionInAnEventHandlerIsLoggedAndShownWithCopyDetails(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler[] own = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> own[0] = Thread.currentThread().getUncaughtExceptionHandler());
        assertInstanceOf(
                ThreadGroup.class, own[0], "the FX thread has no handler of its own, so errors reach the default one");

        robot.clickOn("#failingButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#copyErrorDetails")
                .queryAll()
                .isEmpty());

        Path log = onlyLog();
        String details = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(details.contains("java.lang.IllegalStateException: " + MESSAGE), details);
        assertTrue(details.contains("thread: JavaFX Application Thread"), details);
        assertTrue(details.contains("CrashDialogTest"), "the stack trace names the failing handler");

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Something went wrong. Your work is still open; save it.", pane.getHeaderText());
        assertEquals(
                "An unexpected error occurred (IllegalStateException: " + MESSAGE + "). Details are in " + log + ".",
                pane.getContentText());
        assertEquals(details, ((TextArea) pane.getExpandableContent()).getText(), "the details are the log's text");

        Button copy = robot.lookup("#copyErrorDetails").queryButton();
        robot.clickOn(copy);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(details, copied[0]);
        assertEquals("Copied", copy.getText());
        Window dialog = pane.getScene().getWindow();
        assertTrue(dialog.isShowing(), "copying does not close the dialog");

        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing());
    }

    private Path onlyLog() throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            List<Path> logs = files.toList();
            assertEquals(1, logs.size(), logs.toString());
            assertTrue(logs.get(0).getFileName().toString().startsWith("error-"), logs.toString());
            return logs.get(0);
        }
    }
}
