package com.cxworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rating grid on a 1366×768 laptop, the size facilitators bring: with the outline and the rating form
 * open, no framework's grid scrolls sideways, and the menu bar is inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenSizeGridTest {

    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own: TestFX shares the primary stage across test classes, and this test makes its
        // window full screen or resizes it
        Stage stage = new Stage();
        this.stage = stage;
        Workbook workbook = new Workbook();
        workbook.setClient("Test client");
        for (Framework framework : Frameworks.catalog().frameworks()) {
            workbook.getAssessments().add(new Assessment(framework));
        }
        view = MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook, 1366, 768);
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
    void noFrameworkGridScrollsSidewaysWithTheFormOpenAt1366(FxRobot robot) {
        List<String> sideways = new ArrayList<>();
        for (AssessmentModel model : view.viewModel().assessments()) {
            robot.interact(() -> view.viewModel().selectedAssessmentProperty().set(model));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(
                    robot.lookup("#sideScroll").tryQuery().map(Node::isVisible).orElse(false),
                    model.title() + ": the form is open");
            if (horizontalBarShown(robot.lookup("#gridScroll").query())) {
                sideways.add(model.title());
            }
        }
        assertTrue(sideways.isEmpty(), "grids that scroll sideways at 1366×768: " + sideways);
    }

    @Test
    void menuBarLiesInsideTheWindow(FxRobot robot) {
        Bounds bar = view.menuBar().localToScene(view.menuBar().getBoundsInLocal());
        assertTrue(
                bar.getMinY() >= 0 && bar.getMaxY() <= stage.getScene().getHeight() && bar.getHeight() > 10,
                "menu bar at " + bar);
        assertTrue(view.menuBar().isVisible());
    }

    @Test
    void theOutlineListsDoNotScrollSidewaysAt1280x720(FxRobot robot) {
        // at 720 pixels the framework library is short enough to need a vertical bar; its cells must then
        // still fit beside it
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(horizontalBarShown(robot.lookup("#frameworkList").query()), "framework library");
        assertFalse(horizontalBarShown(robot.lookup("#assessmentList").query()), "assessment list");
    }

    static boolean horizontalBarShown(Node scrollPane) {
        return scrollPane.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL)
                .anyMatch(n -> n.isVisible() && ((ScrollBar) n).getVisibleAmount() < ((ScrollBar) n).getMax());
    }

    @Test
    void horizontalBarCheckSeesASidewaysScroll(FxRobot robot) {
        // the check itself must be able to fail: a window too narrow for any grid scrolls sideways
        robot.interact(() -> stage.setWidth(500));
        robot.interact(() -> view.viewModel()
                .selectedAssessmentProperty()
                .set(view.viewModel().assessments().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(!horizontalBarShown(robot.lookup("#gridScroll").query()), "a 500 px window scrolls sideways");
    }
}
