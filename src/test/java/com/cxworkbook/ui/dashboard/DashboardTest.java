package com.cxworkbook.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Framework;
import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Section;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.MainWindowFixture;
import com.cxworkbook.ui.assessment.AssessmentView;
import com.cxworkbook.ui.chart.RadarChart;
import com.cxworkbook.ui.workbook.AssessmentModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The home's dashboard as the user sees it: the sample's ICMI (fully rated) and Astute (3 of 5 rated). */
@ExtendWith(ApplicationExtension.class)
class DashboardTest {

    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        MainWindowFixture.showHome(stage, vm, StartupData.readSample(), 1280, 720);
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    @Test
    void theHomeIsHeadedByTheClientAndTheRadarHasOneAxisPerSection(FxRobot robot) {
        assertEquals("Northwind Energy", ((Label) find(robot, "#homeTitle")).getText());
        for (int card = 0; card < 2; card++) {
            Framework framework = vm.assessments().get(card).framework();
            RadarChart radar = find(robot, "#dashboardRadar-" + card);
            assertEquals(
                    framework.sections().size(),
                    robot.from(radar).lookup(".radar-axis").queryAll().size());
            for (Section section : framework.sections()) {
                Label label =
                        robot.from(radar).lookup("#radarLabel-" + section.id()).query();
                assertEquals(section.name(), label.getText());
                assertTrue(label.isVisible() && label.getWidth() > 0, section.name() + " shown");
            }
        }
    }

    @Test
    void partialResultsShowTheirRangeOnTheRadarAndTheLadder(FxRobot robot) {
        AssessmentModel astute = vm.assessments().get(1);
        RadarChart radar = find(robot, "#dashboardRadar-1");
        long unratedSections = astute.framework().sections().stream()
                .filter(s -> s.items().stream().anyMatch(i -> astute.rating(i.id()) == null))
                .count();
        assertTrue(unratedSections > 0);
        assertEquals(
                unratedSections,
                robot.from(radar).lookup(".radar-range").queryAll().size());
        Label range = find(robot, "#ladderRange-1");
        assertEquals("Still open: Level 2 – Level 3", range.getText());
        assertEquals(
                "Level 2 to Level 3",
                ((Label) find(robot, "#dashboardStage-1")).getText(),
                "partial: the range of stages, not a projection");
        assertNull(robot.lookup("#ladderRange-0").tryQuery().orElse(null), "ICMI is fully rated: no range");
        assertTrue(robot.from((Node) find(robot, "#dashboardRadar-0"))
                .lookup(".radar-range")
                .queryAll()
                .isEmpty());

        // rating the rest closes the range, live
        robot.interact(() -> {
            for (Item item : astute.framework().items()) {
                if (astute.rating(item.id()) == null) {
                    astute.rate(item.id(), Rating.of(2));
                }
            }
        });
        assertTrue(robot.from((Node) find(robot, "#dashboardRadar-1"))
                .lookup(".radar-range")
                .queryAll()
                .isEmpty());
        assertNull(robot.lookup("#ladderRange-1").tryQuery().orElse(null));
        String stage = ((Label) find(robot, "#dashboardStage-1")).getText();
        assertFalse(stage.contains("provisional") || stage.contains(" to "), stage);
    }

    @Test
    void clickingASectionOpensTheGridOnThatSection(FxRobot robot) {
        AssessmentModel icmi = vm.assessments().get(0);
        Section last =
                icmi.framework().sections().get(icmi.framework().sections().size() - 1);
        Label label = find(robot, "#radarLabel-" + last.id());
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(icmi, vm.selectedAssessmentProperty().get());
        AssessmentView view = find(robot, "#assessmentView");
        assertNotNull(view);
        assertEquals(last.items().get(0), view.gridViewModel().focusedItem(), "the section's first item is focused");
        ScrollPane scroll = find(robot, "#gridScroll");
        assertTrue(scroll.getVvalue() > 0.5, "scrolled down to the last section: " + scroll.getVvalue());
        Node row = view.grid().rowNode(last.items().get(0).id());
        assertTrue(row.isFocused() || row.isFocusWithin(), "the keyboard is on the section's first row");
    }
}
