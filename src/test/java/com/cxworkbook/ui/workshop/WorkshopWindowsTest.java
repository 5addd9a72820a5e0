package com.cxworkbook.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.main.MainView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Facilitation and private entry as the facilitator opens them: full screen, Esc closes, names can be hidden. */
@ExtendWith(ApplicationExtension.class)
class WorkshopWindowsTest {

    private MainView view;
    private Stage stage;
    private WorkshopWindows windows;

    @Start
    void start(Stage primary) {
        // a window of its own: TestFX shares the primary stage across test classes, and this test makes its
        // window full screen or resizes it
        Stage stage = new Stage();
        this.stage = stage;
        Workbook workbook = new Workbook();
        Participant ana = new Participant("Ana", "Leadership");
        Participant ben = new Participant("Ben", "Front line");
        workbook.getParticipants().addAll(List.of(ana, ben));
        Assessment icmi = new Assessment(Frameworks.get(Frameworks.ICMI));
        String first = Frameworks.get(Frameworks.ICMI).items().get(0).id();
        icmi.getParticipantRatings().put(ana.getId(), new java.util.HashMap<>(Map.of(first, Rating.of(2))));
        icmi.getParticipantRatings().put(ben.getId(), new java.util.HashMap<>(Map.of(first, Rating.of(5))));
        workbook.getAssessments().add(icmi);
        view = MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook, 1366, 768);
        windows = new WorkshopWindows(view.viewModel(), new com.cxworkbook.ui.FxDialogService(stage), stage);
    }

    private Optional<Stage> window(String titleStart) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s.getTitle() != null
                        && s.getTitle().startsWith(titleStart)
                        && s.isShowing())
                .map(w -> (Stage) w)
                .findFirst();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setFullScreen(false);
            Window.getWindows().stream()
                    .filter(w -> w != stage && w instanceof Stage s && s.getOwner() == stage)
                    .toList()
                    .forEach(Window::hide);
            stage.close();
        });
    }

    @Test
    void facilitationOpensFullScreenHidesNamesAndClosesOnEsc(FxRobot robot) {
        robot.interact(windows::openFacilitation);
        WaitForAsyncUtils.waitForFxEvents();
        Stage facilitation = window("Facilitation").orElseThrow();
        assertTrue(facilitation.isFullScreen(), "full screen");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        String shown =
                robot.from(facilitation.getScene().getRoot()).lookup(".reveal-count").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .reduce("", String::concat);
        assertTrue(shown.contains("●"), "dots and counts: " + shown);
        assertFalse(
                facilitation.getScene().getRoot().lookupAll(".label").stream()
                        .anyMatch(n -> ((Label) n).getText() != null
                                && ((Label) n).getText().contains("Ana")),
                "no names");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(facilitation.isShowing(), "Esc closes facilitation");
    }

    @Test
    void privateEntryOpensFullScreenAndClosesOnEsc(FxRobot robot) {
        robot.interact(windows::openPrivateEntry);
        WaitForAsyncUtils.waitForFxEvents();
        Stage entry = window("Private entry").orElseThrow();
        assertTrue(entry.isFullScreen(), "full screen");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(entry.isShowing(), "Esc closes private entry");
    }
}
