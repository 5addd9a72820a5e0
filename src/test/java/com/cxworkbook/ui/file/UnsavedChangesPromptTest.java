package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.FxDialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Save / Don't Save / Cancel dialog, driven by clicks; only the native file chooser is replaced. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesPromptTest {

    @TempDir
    static Path home;

    @TempDir
    static Path docs;

    private final MainViewModel main = new MainViewModel();
    private final AtomicInteger exits = new AtomicInteger();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FxDialogService dialogs = new FxDialogService(stage) {
            @Override
            public Optional<Path> chooseWorkbookToSave(Path folder, String suggestedName) {
                return Optional.of(docs.resolve("saved-from-prompt.cxwb"));
            }
        };
        FileViewModel files = new FileViewModel(main, dialogs, Background.fx(), home, Clock.systemDefaultZone());
        MainView view = new MainView(main, () -> files.requestClose(exits::incrementAndGet));
        FileUi.install(stage, view, view.fileMenu(), files, exits::incrementAndGet);
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        stage.titleProperty().bind(main.titleProperty());
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private WorkbookSession session() {
        return main.sessionProperty().get();
    }

    private void makeAChange(FxRobot robot) {
        robot.interact(() -> {
            AssessmentModel icmi = session().assessments().get(0);
            icmi.rate(icmi.framework().items().get(0).id(), Rating.of(5));
        });
        assertTrue(stage.getTitle().startsWith("• Sample workshop"), stage.getTitle());
    }

    /** Asks to close the window as the window manager would; the answer comes from clicking the dialog. */
    private void requestClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void cancelKeepsTheWindowAndTheChanges(FxRobot robot) {
        makeAChange(robot);
        WorkbookSession before = session();
        requestClose();
        Label message = robot.lookup("#dialogMessage").queryAs(Label.class);
        assertEquals("Your changes will be lost if you don't save them.", message.getText());
        assertTrue(robot.lookup("Save changes to Sample workshop (Northwind Energy)?")
                .tryQuery()
                .isPresent());
        robot.clickOn("#cancelCloseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, exits.get());
        assertSame(before, session());
        assertTrue(session().isDirty());
    }

    @Test
    void dontSaveClosesWithoutWriting(FxRobot robot) throws Exception {
        makeAChange(robot);
        requestClose();
        robot.clickOn("#dontSaveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exits.get() == 1);
        assertFalse(Files.exists(docs.resolve("saved-from-prompt.cxwb")));
    }

    @Test
    void saveWritesTheFileThenReplacesTheWorkbookWithANewOne(FxRobot robot) throws Exception {
        makeAChange(robot);
        fireFileMenuItem(robot, "newMenuItem");
        robot.clickOn("#saveChangesButton");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> stage.getTitle().equals("Untitled — CX Maturity Workbook"));
        Path saved = docs.resolve("saved-from-prompt.cxwb");
        assertEquals(
                Rating.of(5),
                new WorkbookStore()
                        .read(saved)
                        .getAssessments()
                        .get(0)
                        .getRatings()
                        .get(Frameworks.get(Frameworks.ICMI).items().get(0).id()));
        assertEquals(0, exits.get());
    }

    @Test
    void noChangesMeansNoQuestion(FxRobot robot) throws Exception {
        requestClose();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> exits.get() == 1);
        assertTrue(robot.lookup("#dontSaveButton").tryQuery().isEmpty());
    }

    private void fireFileMenuItem(FxRobot robot, String id) {
        MainView view = robot.lookup("#mainView").queryAs(MainView.class);
        // runLater, not interact: the item opens a modal dialog whose nested event loop must not block the test
        Platform.runLater(() -> view.fileMenu().getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow()
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void workbookDetailsAreEditedInADialogAndCanBeUndone(FxRobot robot) {
        fireFileMenuItem(robot, "detailsMenuItem");
        robot.doubleClickOn("#clientField").eraseText(20).write("Contoso");
        robot.clickOn("#addParticipantButton");
        robot.clickOn("#participantName-4").write("Dana Fox");
        robot.clickOn("#participantRole-4").write("Sales");
        robot.clickOn("#removeParticipant-0");
        robot.clickOn("#detailsOkButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label client = robot.lookup("#clientLine").queryAs(Label.class);
        assertTrue(client.getText().startsWith("Contoso"), client.getText());
        assertEquals(4, session().workbook().getParticipants().size());
        assertEquals("Dana Fox", session().workbook().getParticipants().get(3).getName());
        assertTrue(stage.getTitle().startsWith("• "), stage.getTitle());
        robot.interact(() -> session().history().undo());
        assertTrue(client.getText().startsWith("Northwind Energy"), client.getText());
        assertEquals("Priya Shah", session().workbook().getParticipants().get(0).getName());
    }
}
