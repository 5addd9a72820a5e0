package com.cxworkbook.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.assessment.AssessmentWorkspace;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The home builds the grid Enter opens while the user reads it: out of sight until Enter, then shown as it
 * is (the same screen, with whatever changed meanwhile); dropped when the workbook or the choice changes.
 */
@ExtendWith(ApplicationExtension.class)
class PreparedWorkspaceTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Framework astute = Frameworks.get(Frameworks.ASTUTE);
    private MainViewModel viewModel;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        viewModel = new MainViewModel();
        view = MainWindowFixture.showHome(stage, viewModel, workbook(icmi, astute), 1366, 768);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static Workbook workbook(Framework... frameworks) {
        Workbook workbook = new Workbook();
        for (Framework f : frameworks) {
            workbook.getAssessments().add(new Assessment(f));
        }
        return workbook;
    }

    private static List<AssessmentWorkspace> workspaces(FxRobot robot) {
        return robot.lookup("#assessmentTabs").queryAllAs(AssessmentWorkspace.class).stream()
                .toList();
    }

    private static boolean shown(Node node) {
        return MainWindowFixture.onScreen(node);
    }

    private static AssessmentWorkspace prepared(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspaces(robot).size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        return workspaces(robot).get(0);
    }

    private void pressEnterOnTheHome(FxRobot robot) {
        robot.interact(() -> view.lookup("#continueButton").requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean chosen(FxRobot robot, String itemId, int value) {
        return robot.lookup("#cell-" + itemId + "-" + value)
                .query()
                .getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("chosen"));
    }

    @Test
    void whileTheHomeIsReadTheFirstGridIsPreparedOutOfSightAndEnterShowsThatGrid(FxRobot robot) throws Exception {
        AssessmentWorkspace prepared = prepared(robot);
        assertFalse(shown(prepared), "the prepared grid is not on the screen while the home is");
        assertTrue(shown(robot.lookup("#home").query()), "the home is what the user sees");
        assertFalse(prepared.isManaged(), "it takes no room from the home's layout");

        pressEnterOnTheHome(robot);

        assertEquals(1, workspaces(robot).size(), "one workspace, not a second one beside the prepared");
        assertSame(prepared, workspaces(robot).get(0), "Enter shows the prepared grid instead of building one");
        assertTrue(shown(prepared));
        assertTrue(robot.lookup("#home").tryQuery().isEmpty(), "the home is gone");
        String first = icmi.items().get(0).id();
        robot.type(KeyCode.DIGIT3);
        assertEquals(3, viewModel.assessments().get(0).rating(first).value(), "the grid has the keyboard");
        assertTrue(chosen(robot, first, 3), "and shows the rating");
    }

    @Test
    void aRatingMadeWhileTheGridWasPreparedIsShownWhenItOpens(FxRobot robot) throws Exception {
        prepared(robot);
        AssessmentModel model = viewModel.assessments().get(0);
        String item = icmi.items().get(2).id();
        robot.interact(() -> model.rate(item, Rating.of(4)));

        pressEnterOnTheHome(robot);

        assertTrue(chosen(robot, item, 4), "the prepared grid follows the model it was built from");
        Labeled score = robot.lookup("#scoreValue").queryAs(Labeled.class);
        assertEquals(model.result().scoreText(), score.getText(), "and so does its score");
    }

    @Test
    void openingAnotherWorkbookDropsTheGridPreparedForTheFirst(FxRobot robot) throws Exception {
        AssessmentWorkspace first = prepared(robot);
        robot.interact(() -> viewModel.openWorkbook(workbook(astute, icmi), "Other"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !workspaces(robot).contains(first) && workspaces(robot).size() == 1);

        pressEnterOnTheHome(robot);

        assertEquals(1, workspaces(robot).size());
        String astuteItem = astute.items().get(0).id();
        assertTrue(robot.lookup("#row-" + astuteItem).tryQuery().isPresent(), "the other workbook's first grid");
        assertTrue(robot.lookup("#row-" + icmi.items().get(0).id()).tryQuery().isEmpty(), "not the old one");
    }

    @Test
    void deletingTheFirstAssessmentPreparesTheNextOne(FxRobot robot) throws Exception {
        AssessmentWorkspace first = prepared(robot);
        robot.interact(() -> viewModel
                .sessionProperty()
                .get()
                .deleteAssessment(viewModel.assessments().get(0)));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !workspaces(robot).contains(first) && workspaces(robot).size() == 1);
        assertFalse(shown(workspaces(robot).get(0)));

        pressEnterOnTheHome(robot);

        assertTrue(robot.lookup("#row-" + astute.items().get(0).id()).tryQuery().isPresent(), "Astute is first now");
        assertEquals(1, workspaces(robot).size());
    }

    @Test
    void openingAnotherAssessmentFromTheListShowsItAndDropsThePreparedGrid(FxRobot robot) throws Exception {
        AssessmentWorkspace prepared = prepared(robot);
        robot.interact(() -> viewModel
                .selectedAssessmentProperty()
                .set(viewModel.assessments().get(1)));
        WaitForAsyncUtils.waitForFxEvents();

        List<AssessmentWorkspace> now = workspaces(robot);
        assertEquals(1, now.size(), "the prepared grid is not left behind in the window");
        assertTrue(now.get(0) != prepared && shown(now.get(0)));
        assertTrue(robot.lookup("#row-" + astute.items().get(0).id()).tryQuery().isPresent());
        Set<Node> icmiRows = robot.lookup("#row-" + icmi.items().get(0).id()).queryAll();
        assertTrue(icmiRows.isEmpty(), "nothing of the ICMI grid stays in the scene");
    }
}
