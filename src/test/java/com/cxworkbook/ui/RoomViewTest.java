package com.cxworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.main.MainView;
import com.cxworkbook.ui.window.RoomView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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

/**
 * The grid as the room sees it on a 1366×768 laptop and a 1920×1080 projector: the current row stays in
 * view, "Item n of N", a click anywhere on a row selects it, and F11's room view hides menu bar and outline.
 */
@ExtendWith(ApplicationExtension.class)
class RoomViewTest {

    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own: TestFX shares the primary stage across test classes, and this test makes its
        // window full screen or resizes it
        Stage stage = new Stage();
        this.stage = stage;
        Workbook workbook = new Workbook();
        workbook.getAssessments().add(new Assessment(icmi));
        workbook.getAssessments().add(new Assessment(Frameworks.get(Frameworks.ASTUTE)));
        view = MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook, 1366, 768);
        RoomView.install(stage, stage.getScene(), view.viewModel());
    }

    private Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Whether the node lies wholly inside the grid's visible viewport. */
    private boolean inViewport(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup("#gridScroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds row = inScene(node);
        return row.getMinY() >= viewport.getMinY() - 1 && row.getMaxY() <= viewport.getMaxY() + 1;
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
    void downArrowKeepsTheCurrentRowInTheViewportAndSaysWhereItIs(FxRobot robot) {
        robot.clickOn("#cell-" + icmi.items().get(0).id() + "-1");
        for (int i = 1; i < icmi.items().size(); i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            Item item = icmi.items().get(i);
            Node row = robot.lookup("#row-" + item.id()).query();
            ScrollPane scroll = robot.lookup("#gridScroll").queryAs(ScrollPane.class);
            assertTrue(
                    inViewport(robot, row),
                    item.name() + " is in view: row " + inScene(row) + " viewport "
                            + scroll.localToScene(scroll.getLayoutBounds()) + " v=" + scroll.getVvalue());
            assertEquals(
                    "Item " + (i + 1) + " of 20",
                    robot.lookup("#itemPosition").queryAs(Label.class).getText());
        }
    }

    @Test
    void clickingAnItemsStatementSelectsItsRow(FxRobot robot) {
        Item third = icmi.items().get(2);
        Node statement = robot.from(robot.lookup("#row-" + third.id()).queryAll())
                .lookup(".item-statement")
                .query();
        robot.clickOn(statement);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Item 3 of 20",
                robot.lookup("#itemPosition").queryAs(Label.class).getText());
        robot.type(KeyCode.DIGIT4);
        assertEquals(
                4, view.viewModel().assessments().get(0).rating(third.id()).value(), "digits rate the clicked row");
    }

    @Test
    void roomViewHidesMenuBarOutlineAndFormAndEscLeavesIt(FxRobot robot) {
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.viewModel().projectorModeProperty().get());
        assertFalse(view.menuBar().isVisible(), "no menu bar in the room view");
        assertTrue(
                robot.lookup("#outline")
                        .tryQuery()
                        .map(n -> n.getScene() == null)
                        .orElse(true),
                "no outline");
        assertTrue(
                robot.lookup("#sideScroll")
                        .tryQuery()
                        .map(n -> n.getScene() == null)
                        .orElse(true),
                "no form");
        // one complete ICMI item fits the laptop screen, so the room reads it whole
        Node first = robot.lookup("#row-" + icmi.items().get(0).id()).query();
        assertTrue(inViewport(robot, first), "first item wholly visible at 1366×768");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(view.viewModel().projectorModeProperty().get(), "Esc leaves the room view");
        assertTrue(view.menuBar().isVisible());
        assertTrue(robot.lookup("#outline").tryQuery().isPresent(), "outline back");
    }

    @Test
    void aProjectorShowsSeveralItemsAndALaptopOneWholeDescriptorItem(FxRobot robot) {
        robot.interact(() -> view.viewModel().projectorModeProperty().set(true));
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        long whole = icmi.items().stream()
                .limit(6)
                .filter(item ->
                        inViewport(robot, robot.lookup("#row-" + item.id()).query()))
                .count();
        assertTrue(whole >= 2, "items wholly in view at 1920×1080: " + whole);

        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            view.viewModel()
                    .selectedAssessmentProperty()
                    .set(view.viewModel().assessments().get(1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Item astuteFirst = Frameworks.get(Frameworks.ASTUTE).items().get(0);
        assertTrue(
                inViewport(robot, robot.lookup("#row-" + astuteFirst.id()).query()),
                "one Astute item with its five descriptors fits 1366×768");
    }

    @Test
    void theOutlineCanBeHiddenAndShownAgain(FxRobot robot) {
        robot.interact(() -> view.outlineShownProperty().set(false));
        assertTrue(robot.lookup("#outline").tryQuery().isEmpty(), "outline hidden");
        robot.interact(() -> view.outlineShownProperty().set(true));
        assertTrue(robot.lookup("#outline").tryQuery().isPresent(), "outline shown");
    }
}
