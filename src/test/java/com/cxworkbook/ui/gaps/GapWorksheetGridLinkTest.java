package com.cxworkbook.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.assessment.AssessmentWorkspace;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real workspace: a rating clicked on the Rating grid tab shows in the worksheet, and the other way round. */
@ExtendWith(ApplicationExtension.class)
class GapWorksheetGridLinkTest {

    private AssessmentModel model;

    @Start
    void start(Stage stage) {
        WorkbookSession session = new WorkbookSession(StartupData.readSample(), Frameworks.catalog());
        model = session.assessments().get(0);
        Scene scene = MainWindowFixture.styledScene(new AssessmentWorkspace(model, session), 1260, 780);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void ratingOnTheGridShowsInTheWorksheetAndBack(FxRobot robot) {
        robot.clickOn("#cell-organizational-alignment-5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(5), model.rating("organizational-alignment"));

        robot.clickOn("#gapTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "5",
                robot.lookup("#rating-organizational-alignment")
                        .queryAs(Labeled.class)
                        .getText());
        assertEquals(
                "0",
                robot.lookup("#gap-organizational-alignment")
                        .queryAs(Labeled.class)
                        .getText());
        assertEquals("55", robot.lookup("#totalRating").queryAs(Labeled.class).getText());

        robot.doubleClickOn("#rating-stakeholder-engagement");
        robot.clickOn("#choice-4");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Rating.of(4), model.rating("stakeholder-engagement"));

        robot.clickOn("#gridTab");
        WaitForAsyncUtils.waitForFxEvents();
        Node chosen = robot.lookup("#cell-stakeholder-engagement-4").query();
        assertTrue(
                chosen.getPseudoClassStates().contains(PseudoClass.getPseudoClass("chosen")),
                "the grid shows the rating made in the worksheet");
    }
}
