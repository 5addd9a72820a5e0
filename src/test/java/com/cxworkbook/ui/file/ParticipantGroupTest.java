package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each participant's group (compared in perception gaps) in the workbook-details dialog, with undo. */
@ExtendWith(ApplicationExtension.class)
class ParticipantGroupTest {

    private final Workbook workbook = new Workbook();
    private WorkbookSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Participant priya = new Participant("Priya", "Head of Care");
        priya.setGroup("Leadership");
        workbook.getParticipants().addAll(List.of(priya, new Participant("Tom", "IT")));
        session = new WorkbookSession(workbook, Frameworks.catalog());
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void groupIsShownEditedAndUndoable(FxRobot robot) {
        AtomicReference<WorkbookDetails> result = new AtomicReference<>();
        // runLater: the dialog's nested event loop must not block the test
        Platform.runLater(() -> new DetailsDialog(stage, WorkbookDetails.of(workbook))
                .showAndWait()
                .ifPresent(result::set));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Leadership",
                robot.lookup("#participantGroup-0").queryAs(TextField.class).getText());
        assertEquals(
                "", robot.lookup("#participantGroup-1").queryAs(TextField.class).getText());
        robot.clickOn("#participantGroup-1").write("Front line");
        robot.doubleClickOn("#participantGroup-0").eraseText(12);
        robot.clickOn("#detailsOkButton");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> session.editDetails(result.get()));
        assertNull(workbook.getParticipants().get(0).getGroup(), "a cleared group falls back to the role");
        assertEquals("Head of Care", workbook.getParticipants().get(0).groupOrRole());
        assertEquals("Front line", workbook.getParticipants().get(1).getGroup());
        robot.interact(() -> session.history().undo());
        assertEquals("Leadership", workbook.getParticipants().get(0).getGroup());
        assertNull(workbook.getParticipants().get(1).getGroup());
    }
}
