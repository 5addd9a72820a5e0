package com.cxworkbook.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.MainWindowFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Progress tab ({@code #progressTab}) of the bundled follow-up sample, as the facilitator sees it: the
 * rounds ({@code #progressRounds}), the radar with one series per round ({@code #progressRadar}, polygons
 * {@code .radar-series.series-<n>}, range bars {@code #radarRange-<round>-<section>}), the score chart
 * ({@code #progressScoreChart}: {@code #scorePoint-<n>} for a fully rated round, {@code #scoreRange-<n>}
 * for a partial one), the per-item change ({@code #progressItems}, ↑ ↓ =) and the completed actions
 * ({@code #progressCompleted}); the follow-up's gap worksheet marks them ({@code #doneSince-<item>}).
 */
@ExtendWith(ApplicationExtension.class)
class ProgressTabTest {

    private final MainViewModel vm = new MainViewModel();

    @Start
    void start(Stage stage) throws Exception {
        MainWindowFixture.showHome(
                stage, vm, new WorkbookStore().read(Path.of("samples/northwind-follow-up.cxwb")), 1366, 768);
        vm.selectedAssessmentProperty().set(vm.assessments().get(1));
    }

    private static <T> String cell(TableView<T> table, int row, String column) {
        @SuppressWarnings("unchecked")
        TableColumn<T, String> col = (TableColumn<T, String>) table.getColumns().stream()
                .filter(c -> c.getText().equals(column))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no column " + column));
        return col.getCellData(row);
    }

    private static <T> int rowWith(TableView<T> table, String column, String text) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (text.equals(cell(table, i, column))) {
                return i;
            }
        }
        throw new AssertionError("no row with " + column + " = " + text);
    }

    private void openProgress(FxRobot robot) {
        robot.clickOn("#progressTab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsBothRoundsTheirChangesAndTheCompletedActions(FxRobot robot) {
        openProgress(robot);
        TableView<?> rounds = robot.lookup("#progressRounds").queryAs(TableView.class);
        assertEquals(2, rounds.getItems().size());
        assertEquals("Round 1 · 2026-11-23", cell(rounds, 0, "Round"));
        assertEquals("53 / 100", cell(rounds, 0, "Score"));
        assertEquals("Round 2 · 2027-05-24 (partial)", cell(rounds, 1, "Round"));
        assertEquals("55 so far", cell(rounds, 1, "Score"), "a partial round's score is what was rated so far");
        assertEquals("19 of 20 rated", cell(rounds, 1, "Rated"));

        TableView<?> items = robot.lookup("#progressItems").queryAs(TableView.class);
        int routing = rowWith(items, "Activity", "Routing Tool/System");
        assertEquals("2", cell(items, routing, "Before"));
        assertEquals("4", cell(items, routing, "Now"));
        assertEquals("↑ +2", cell(items, routing, "Change"));
        assertTrue(cell(items, routing, "Notes now").startsWith("Routing now feeds WFM"));
        assertEquals("↓ -1", cell(items, rowWith(items, "Activity", "Contact Metrics"), "Change"));
        assertEquals("=", cell(items, rowWith(items, "Activity", "Organizational Alignment"), "Change"));
        int qa = rowWith(items, "Activity", "Quality Assurance");
        assertEquals("not rated", cell(items, qa, "Now"));
        assertEquals("", cell(items, qa, "Change"), "no change for an activity not rated yet");

        ListView<?> completed = robot.lookup("#progressCompleted").queryAs(ListView.class);
        assertEquals(2, completed.getItems().size(), completed.getItems().toString());
        assertTrue(completed.getItems().get(0).toString().startsWith("Routing Tool/System"));
    }

    @Test
    void theRadarOverlaysOneColourPerRoundAndThePartialRoundIsARangeNotAPoint(FxRobot robot) {
        openProgress(robot);
        Node radar = robot.lookup("#progressRadar").query();
        List<Polygon> series = robot.from(radar).lookup(".radar-series").queryAllAs(Polygon.class).stream()
                .toList();
        assertEquals(2, series.size(), "one outline per round");
        Set<String> colours = series.stream()
                .flatMap(p -> p.getStyleClass().stream())
                .filter(c -> c.startsWith("series-"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("series-0", "series-1"), colours, "each round its own colour");
        assertTrue(series.get(1).getStyleClass().contains("emphasised"), "the latest round stands out");
        assertFalse(series.get(0).getPoints().isEmpty(), "laid out");
        assertEquals(
                1,
                robot.from(radar).lookup("#radarRange-1-process").queryAll().size(),
                "Quality Assurance is unrated in round 2, so Process has a range bar");
        assertTrue(
                robot.from(radar).lookup("#radarRange-0-process").queryAll().isEmpty(),
                "the baseline is fully rated: no range");
        List<String> legend = robot.lookup("#progressRadarLegend .legend-key").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
        assertTrue(legend.contains("Round 1 · 2026-11-23"), legend.toString());
        assertTrue(legend.contains("Round 2 · 2027-05-24 (partial)"), legend.toString());

        Node chart = robot.lookup("#progressScoreChart").query();
        assertEquals(1, robot.from(chart).lookup("#scorePoint-0").queryAll().size(), "round 1: a point");
        assertTrue(
                robot.from(chart).lookup("#scorePoint-1").queryAll().isEmpty(),
                "round 2 is partial: no point, nothing projected");
        assertEquals(1, robot.from(chart).lookup("#scoreRange-1").queryAll().size(), "but its range");
        assertEquals(
                "56–60 (partial)",
                robot.from(chart).lookup("#scoreText-1").queryAs(Label.class).getText());

        Node process = robot.lookup("#progressSectionChart-2").query();
        assertEquals(1, robot.from(process).lookup("#scorePoint-0").queryAll().size());
        assertTrue(robot.from(process).lookup("#scorePoint-1").queryAll().isEmpty(), "Process is partly rated now");
        assertEquals(1, robot.from(process).lookup("#scoreRange-1").queryAll().size());
    }

    @Test
    void theFollowUpsGapWorksheetMarksTheActionsDoneSinceRoundOne(FxRobot robot) {
        robot.clickOn("#gapTab");
        WaitForAsyncUtils.waitForFxEvents();
        Label badge = robot.lookup("#doneSince-employee-satisfaction").queryAs(Label.class);
        assertEquals("✓ Done since R1", badge.getText());
        assertTrue(badge.getTooltip().getText().startsWith("Done since Round 1"));
        assertTrue(
                robot.lookup("#doneSince-contact-metrics").queryAll().isEmpty(), "an action still open is not marked");
    }
}
