package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.framework.FrameworkRow;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless and looks at what a newcomer sees. */
@ExtendWith(ApplicationExtension.class)
class AppTest {

    @Start
    void start(Stage stage) {
        new App().start(stage);
    }

    @SuppressWarnings("unchecked")
    private ListView<FrameworkRow> frameworkList(FxRobot robot) throws Exception {
        ListView<FrameworkRow> list = robot.lookup("#frameworkList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> list.getItems().size() == 5);
        return list;
    }

    @Test
    void selectingIcmiShowsItsFiveStages(FxRobot robot) throws Exception {
        frameworkList(robot);
        robot.clickOn("ICMI CX Maturity Toolkit");
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup("#frameworkTitle").queryAs(Label.class);
        assertEquals("ICMI CX Maturity Toolkit", title.getText());
        VBox levels = robot.lookup("#levelCards").queryAs(VBox.class);
        List<String> names = levels.getChildren().stream()
                .map(card -> ((Label) ((VBox) card).getChildren().get(0)).getText())
                .toList();
        assertEquals(
                List.of(
                        "Customer-Negligent",
                        "Customer-Chaotic",
                        "Customer-Aware",
                        "Customer-Centric",
                        "Customer-Champion"),
                names);
        Node aware = robot.lookup("#level-aware").query();
        assertTrue(robot.from(aware).lookup("People").tryQuery().isPresent(), "the stage shows its People text");
        assertTrue(robot.from(aware).lookup("Key metrics").tryQuery().isPresent());
    }

    @Test
    void selectingAnotherFrameworkReplacesTheLevels(FxRobot robot) throws Exception {
        frameworkList(robot);
        robot.clickOn("salesEQUITY CX Maturity Model");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "salesEQUITY CX Maturity Model",
                robot.lookup("#frameworkTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#level-optimized").tryQuery().isPresent());
    }

    @Test
    void theWindowOpensOnTheWorkbooksHomeAndEnterOpensTheFirstAssessmentsGrid(FxRobot robot) throws Exception {
        frameworkList(robot);
        Label title = robot.lookup("#homeTitle").queryAs(Label.class);
        assertEquals("Northwind Energy", title.getText(), "the home is headed by the client's name");
        javafx.scene.control.Button next = robot.lookup("#continueButton").queryAs(javafx.scene.control.Button.class);
        assertEquals("Rate ICMI self-assessment", next.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, next::isFocused);
        // the home prepares the grid out of sight a moment after its first frame (PreparedWorkspace)
        assertTrue(
                robot.lookup("#ratingGrid").queryAll().stream().noneMatch(MainWindowFixture::onScreen),
                "no grid on the screen before Enter");

        robot.type(javafx.scene.input.KeyCode.ENTER);

        assertTrue(robot.lookup("#ratingGrid").tryQuery().isPresent(), "Enter opens the grid");
        assertTrue(robot.lookup("#home").tryQuery().isEmpty());
        ListView<?> assessments = robot.lookup("#assessmentList").queryAs(ListView.class);
        assertEquals(
                "ICMI self-assessment",
                ((com.cxworkbook.ui.workbook.AssessmentModel)
                                assessments.getSelectionModel().getSelectedItem())
                        .title(),
                "the outline shows what is open");

        com.cxworkbook.ui.workbook.AssessmentModel icmi = (com.cxworkbook.ui.workbook.AssessmentModel)
                assessments.getSelectionModel().getSelectedItem();
        String first = icmi.framework().items().get(0).id();
        robot.type(javafx.scene.input.KeyCode.DIGIT1);
        assertEquals(1, icmi.assessment().getRatings().get(first).value(), "the grid has the keyboard: a digit rates");
    }

    @Test
    void theSampleWorkbookIsOpenOnFirstStart(FxRobot robot) throws Exception {
        frameworkList(robot);
        Label client = robot.lookup("#clientLine").queryAs(Label.class);
        assertTrue(client.getText().startsWith("Northwind Energy"), client.getText());
        ListView<?> assessments = robot.lookup("#assessmentList").queryAs(ListView.class);
        assertTrue(assessments.getItems().size() >= 1);
    }

    @Test
    void selectingAnAssessmentOpensItsWorkspaceAndAFrameworkGoesBackToTheOverview(FxRobot robot) throws Exception {
        frameworkList(robot);
        robot.clickOn("ICMI self-assessment");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assessmentTabs").tryQuery().isPresent(), "workspace shown");
        assertTrue(robot.lookup("#gridTab").tryQuery().isPresent()
                || robot.lookup(".tab").queryAll().size() >= 2);
        Node inLibrary = robot.from(robot.lookup("#frameworkList").queryAll())
                .lookup("Astute CX Maturity Framework")
                .query();
        robot.clickOn(inLibrary);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#assessmentTabs").tryQuery().isEmpty(), "workspace replaced");
        assertEquals(
                "Astute CX Maturity Framework",
                robot.lookup("#frameworkTitle").queryAs(Label.class).getText());
    }

    @Test
    void theGapWorksheetIsBuiltWhenItsTabIsFirstOpened(FxRobot robot) throws Exception {
        frameworkList(robot);
        robot.clickOn("ICMI self-assessment");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gapTable").tryQuery().isEmpty(), "not built while its tab is hidden");

        robot.clickOn("Gap worksheet");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableView<?> table =
                robot.lookup("#gapTable").queryAs(javafx.scene.control.TableView.class);
        assertEquals(20, table.getItems().size());
    }
}
