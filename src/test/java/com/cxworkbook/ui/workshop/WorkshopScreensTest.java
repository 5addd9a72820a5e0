package com.cxworkbook.ui.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Private entry and reveal, clicked through the real controls. */
@ExtendWith(ApplicationExtension.class)
class WorkshopScreensTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Participant ana = new Participant("Ana", "Leadership");
    private final Participant ben = new Participant("Ben", "Front line");
    private AssessmentModel model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Workbook workbook = new Workbook();
        workbook.getParticipants().addAll(List.of(ana, ben));
        workbook.getAssessments().add(new Assessment(icmi));
        model = new WorkbookSession(workbook, Frameworks.catalog())
                .assessments()
                .get(0);
        stage.setScene(new Scene(new PrivateEntryView(new PrivateEntryViewModel(model, List.of(ana, ben))), 1000, 700));
        stage.show();
    }

    private void showFacilitation(FxRobot robot) {
        robot.interact(() -> stage.setScene(
                new Scene(new FacilitationView(new FacilitationViewModel(model, List.of(ana, ben))), 1280, 760)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void participantsEnterPrivatelyAndTheFacilitatorRevealsTheSpread(FxRobot robot) {
        String item = icmi.items().get(0).id();
        robot.clickOn("#participantChooser").clickOn("Ana (Leadership)");
        robot.clickOn("#entry-" + item + "-2");
        assertEquals(
                "Ana: 1 of 20 rated",
                robot.lookup("#entryProgress").queryAs(Label.class).getText());
        robot.clickOn("#handBackButton");
        assertTrue(robot.lookup("#entryHint").tryQuery().isPresent(), "Ana's answers are gone from the screen");
        robot.clickOn("#participantChooser").clickOn("Ben (Front line)");
        assertFalse(
                robot.lookup("#entry-" + item + "-2")
                        .queryAs(ToggleButton.class)
                        .isSelected(),
                "Ben does not see Ana's rating");
        robot.clickOn("#entry-" + item + "-5");
        assertEquals(
                Rating.of(5),
                model.assessment().getParticipantRatings().get(ben.getId()).get(item));

        showFacilitation(robot);
        assertFalse(robot.lookup("#revealButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#revealButton");
        Label spread = robot.lookup("#spreadLabel").queryAs(Label.class);
        assertEquals("Lowest 2 · highest 5 · median 3.5 · the room disagrees — worth discussing", spread.getText());
        robot.clickOn("#useMedianButton");
        assertEquals(Rating.of(4), model.rating(item));
        assertTrue(robot.lookup("#choice-4").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void revealIsHeldBackUntilEveryoneHasEnteredAndKeysNavigate(FxRobot robot) {
        showFacilitation(robot);
        assertTrue(robot.lookup("#revealButton").queryAs(Button.class).isDisabled());
        assertEquals(
                "0 of 2 have entered a rating",
                robot.lookup("#responsesLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#revealBox")
                .queryAs(javafx.scene.layout.VBox.class)
                .getChildren()
                .isEmpty());
        robot.clickOn("#facilitationItem");
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(
                "2 of 20",
                robot.lookup("#facilitationPosition").queryAs(Label.class).getText());
        robot.type(KeyCode.DIGIT3);
        assertEquals(Rating.of(3), model.rating(icmi.items().get(1).id()));
        robot.type(KeyCode.PAGE_UP);
        assertEquals(
                "1 of 20",
                robot.lookup("#facilitationPosition").queryAs(Label.class).getText());
        assertEquals(
                5,
                robot.lookup("#facilitationChoices")
                        .queryAs(HBox.class)
                        .getChildren()
                        .size());
    }

    @Test
    void theEndOfTheWorkshopShowsTheRadarAndLadderAndASectionClickGoesBackToIt(FxRobot robot) {
        showFacilitation(robot);
        robot.interact(() -> {
            for (var item : icmi.items()) {
                model.rate(item.id(), Rating.of(3));
                model.rateAs(ana.getId(), item.id(), Rating.of(4));
                model.rateAs(ben.getId(), item.id(), Rating.of(2));
            }
        });
        robot.clickOn("#facilitationItem");
        robot.type(KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node radar =
                robot.lookup("#facilitationResult #dashboardRadar-0").query();
        assertEquals(
                icmi.sections().size(),
                robot.from(radar).lookup(".radar-axis").queryAll().size());
        assertEquals(2, robot.from(radar).lookup(".radar-overlay").queryAll().size(), "one overlay per group");
        assertEquals(
                "Customer-Aware",
                robot.lookup("#facilitationResult .ladder-reached")
                        .queryAs(Label.class)
                        .getText()
                        .replace("▶ ", ""));
        var process = icmi.sections().get(2);
        robot.clickOn("#radarLabel-" + process.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#facilitationResult").tryQuery().isEmpty(), "back on the items");
        assertEquals(
                process.name(),
                robot.lookup("#facilitationSection").queryAs(Label.class).getText());
        robot.clickOn("#facilitationItem");
        robot.type(KeyCode.END);
        for (int i = 0; i < icmi.items().size(); i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        assertTrue(robot.lookup("#facilitationResult").tryQuery().isPresent(), "after the last item comes the result");
    }
}
