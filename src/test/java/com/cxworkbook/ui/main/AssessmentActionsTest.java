package com.cxworkbook.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ContextMenuEvent;
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
 * Rename and delete as a facilitator does them at 1366×768: Workbook menu, the list's F2 and Delete keys
 * and its context menu, undo through the Edit menu; the list shows six assessments without sideways scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentActionsTest {

    private static final String LONG_TITLE =
            "Contact centre, retail branches and the online shop — baseline before the re-organisation";
    private final Framework icmi = Frameworks.get(Frameworks.ICMI);
    private final Framework astute = Frameworks.get(Frameworks.ASTUTE);
    private final List<String> said = new ArrayList<>();
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own, sized as the laptop's screen (TestFX shares the primary stage across classes)
        stage = new Stage();
        Workbook workbook = new Workbook();
        Framework[] order = {
            icmi,
            astute,
            Frameworks.get(Frameworks.CXMM),
            Frameworks.get(Frameworks.ACA),
            Frameworks.get(Frameworks.SALESEQUITY),
            icmi,
            astute
        };
        for (Framework f : order) {
            workbook.getAssessments().add(new Assessment(f));
        }
        workbook.getAssessments().get(5).setTitle(LONG_TITLE);
        view = MainWindowFixture.showWithFirstAssessmentOpen(stage, workbook, 1366, 768);
        view.assessmentActions().reportTo((kind, text) -> said.add(text));
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            Window.getWindows().stream()
                    .filter(w -> w != stage && w instanceof Stage s && s.getOwner() == stage)
                    .toList()
                    .forEach(Window::hide);
            stage.close();
        });
    }

    private List<AssessmentModel> assessments() {
        return view.viewModel().assessments();
    }

    private AssessmentModel open() {
        return view.viewModel().selectedAssessmentProperty().get();
    }

    @SuppressWarnings("unchecked")
    private ListView<AssessmentModel> list(FxRobot robot) {
        return robot.lookup("#assessmentList").queryAs(ListView.class);
    }

    /** The list cell's title label for the assessment at {@code index}. */
    private String cellTitle(FxRobot robot, int index) {
        return robot.from(list(robot)).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty())
                .map(c ->
                        robot.from(c).lookup(".list-title").queryAs(Label.class).getText())
                .findFirst()
                .orElseThrow();
    }

    private void renameInDialog(FxRobot robot, String newTitle) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#renameAssessmentField").tryQuery().orElse(null), "the rename dialog is shown");
        robot.clickOn("#renameAssessmentField").push(KeyCode.CONTROL, KeyCode.A).write(newTitle);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void renameFromTheWorkbookMenuShowsTheNewTitleEverywhereAndUndoTakesItBack(FxRobot robot) {
        AssessmentModel first = open();
        robot.clickOn("#workbookMenu").clickOn("#renameAssessmentMenuItem");
        renameInDialog(robot, "Contact centre");

        assertEquals("Contact centre", first.title());
        assertEquals("Contact centre", cellTitle(robot, 0));
        assertEquals(
                "Contact centre — " + icmi.name(),
                robot.lookup("#assessmentHeading").queryAs(Label.class).getText());

        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(icmi.name(), cellTitle(robot, 0));
        assertEquals(
                icmi.name(),
                robot.lookup("#assessmentHeading").queryAs(Label.class).getText());

        // on the home, the button and the dashboard card follow a rename (here its redo) at once
        robot.interact(() -> view.viewModel().selectedAssessmentProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Rate " + icmi.name(),
                robot.lookup("#continueButton").queryAs(Button.class).getText());
        robot.interact(() -> first.history().redo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Rate Contact centre",
                robot.lookup("#continueButton").queryAs(Button.class).getText());
        Label cardTitle = robot.from(robot.lookup("#dashboardCard-0").queryAs(Node.class))
                .lookup(".card-title")
                .queryAs(Label.class);
        assertEquals("Contact centre", cardTitle.getText());
    }

    @Test
    void f2InTheListRenamesAndABlankNameCannotBeConfirmed(FxRobot robot) {
        robot.clickOn(robot.from(list(robot)).lookup(".list-cell").nth(1).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        AssessmentModel second = assessments().get(1);
        assertSame(second, open());
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#renameAssessmentDialog").queryAs(DialogPane.class);
        robot.clickOn("#renameAssessmentField").push(KeyCode.CONTROL, KeyCode.A).write("   ");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled(), "a blank name is refused");
        robot.eraseText(3).write("Retail banking");
        assertFalse(pane.lookupButton(ButtonType.OK).isDisabled());
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Retail banking", second.title());
        assertEquals("Retail banking", cellTitle(robot, 1));
    }

    @Test
    void deleteFromTheMenuGoesHomeSaysHowToUndoAndUndoPutsItBackWithItsRatings(FxRobot robot) {
        AssessmentModel first = open();
        String item = icmi.items().get(0).id();
        robot.clickOn("#cell-" + item + "-4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(4), first.rating(item));

        robot.clickOn("#workbookMenu").clickOn("#deleteAssessmentMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(open(), "the deleted assessment is no longer open");
        assertTrue(robot.lookup("#home").tryQuery().isPresent(), "back on the workbook's home");
        assertEquals(6, assessments().size());
        assertEquals(astute.name(), cellTitle(robot, 0));
        assertEquals(List.of("Deleted “" + icmi.name() + "” (1 rating). Edit › Undo brings it back."), said);

        robot.clickOn("#editMenu").clickOn("#undoMenuItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, assessments().size());
        assertSame(first, assessments().get(0), "back at its place");
        assertEquals(icmi.name(), cellTitle(robot, 0));
        assertEquals(Rating.of(4), first.rating(item));
    }

    @Test
    void deleteKeyAndContextMenuInTheListDeleteTheSelectedAssessment(FxRobot robot) {
        AssessmentModel third = assessments().get(2);
        robot.clickOn(robot.from(list(robot)).lookup(".list-cell").nth(2).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(third, open());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(assessments().contains(third));
        assertNull(open());

        AssessmentModel nowSecond = assessments().get(1);
        Node cell = robot.from(list(robot)).lookup(".list-cell").nth(1).queryAs(Node.class);
        robot.rightClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        // Monocle's headless glass may send no context-menu request for a right click: then send the one a
        // platform sends, at the pointer
        if (robot.lookup("#deleteAssessmentContextItem").tryQuery().isEmpty()) {
            Bounds at = cell.localToScreen(cell.getLayoutBounds());
            robot.interact(() -> cell.fireEvent(new ContextMenuEvent(
                    ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    10,
                    10,
                    at.getMinX() + 10,
                    at.getMinY() + 10,
                    false,
                    null)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn("#deleteAssessmentContextItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(assessments().contains(nowSecond));
        assertEquals(5, assessments().size());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(third, assessments().get(2));
        assertSame(nowSecond, assessments().get(1));
    }

    @Test
    void theListShowsSixAssessmentsWithoutScrollingSideways(FxRobot robot) {
        ListView<AssessmentModel> list = list(robot);
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        long whole = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible())
                .map(c -> c.localToScene(c.getLayoutBounds()))
                .filter(b -> b.getMinY() >= listBounds.getMinY() - 1 && b.getMaxY() <= listBounds.getMaxY() + 1)
                .count();
        String cells = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty())
                .map(c ->
                        c.getIndex() + ":" + c.localToScene(c.getLayoutBounds()).getMinY() + "+" + c.getHeight())
                .toList()
                .toString();
        assertTrue(
                whole >= 6,
                "six whole assessments in view at 1366×768, saw " + whole + " list " + listBounds + " " + cells);
        boolean sideways = robot.from(list).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
        assertFalse(sideways, "no horizontal scroll bar, even for a long title");
        assertTrue(listBounds.getMaxY() <= stage.getScene().getHeight(), "the list lies inside the window");
        assertEquals(LONG_TITLE, assessments().get(5).title());
    }
}
