package com.cxworkbook.ui.progress;

import com.cxworkbook.ui.chart.ChartLegend;
import com.cxworkbook.ui.chart.RadarChart;
import com.cxworkbook.ui.chart.RadarSeries;
import com.cxworkbook.ui.chart.ScoreLineChart;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Progress tab of an assessment with rounds: rounds side by side, section results per round overlaid on
 * one radar (a colour per round, ranges for partly rated sections), the score per round as a small line chart,
 * the per-item change (↑ ↓ =) with both rounds' notes, and the actions completed in between.
 */
public class ProgressView extends ScrollPane {

    public ProgressView(ProgressViewModel vm) {
        setId("progressView");
        setFitToWidth(true);

        TableView<ProgressViewModel.RoundLine> rounds = table("progressRounds", vm.rounds());
        rounds.getColumns().add(column("Round", 220, ProgressViewModel.RoundLine::round));
        rounds.getColumns().add(column("Score", 100, ProgressViewModel.RoundLine::score));
        rounds.getColumns().add(column("Stage", 220, ProgressViewModel.RoundLine::stage));
        rounds.getColumns().add(column("Rated", 160, ProgressViewModel.RoundLine::rated));
        rounds.setPrefHeight(40 + 28 * vm.rounds().size());

        TableView<ProgressViewModel.SectionLine> sections = table("progressSections", vm.sections());
        sections.getColumns().add(column("Section", 220, ProgressViewModel.SectionLine::section));
        for (int r = 0; r < vm.roundLabels().size(); r++) {
            int round = r;
            sections.getColumns().add(column(vm.roundLabels().get(r), 150, line -> line.means()
                    .get(round)));
        }
        sections.setPrefHeight(40 + 28 * vm.sections().size());

        RadarChart radar = new RadarChart();
        radar.setId("progressRadar");
        radar.showSeries(vm.radarAxes(), vm.radarSeries());
        FlowPane legend = new FlowPane();
        legend.setId("progressRadarLegend");
        legend.getStyleClass().add("radar-legend");
        for (RadarSeries series : vm.radarSeries()) {
            legend.getChildren()
                    .add(ChartLegend.key(
                            series.name(),
                            "radar-series",
                            "series-" + series.colourIndex(),
                            series.emphasised() ? "emphasised" : "plain"));
        }
        if (vm.radarAxes().stream().anyMatch(a -> a.target() != null)) {
            legend.getChildren().add(ChartLegend.key("Target", "radar-target"));
        }
        if (vm.radarSeries().stream().anyMatch(series -> series.lows().stream().anyMatch(Objects::nonNull))) {
            legend.getChildren().add(ChartLegend.key("Range while items are unrated", "radar-range"));
        }
        VBox radarBox = new VBox(4, heading("Sections per round"), radar, legend);
        radarBox.setPrefWidth(460);
        HBox.setHgrow(radarBox, Priority.ALWAYS);

        ScoreLineChart chart = new ScoreLineChart();
        chart.setId("progressScoreChart");
        chart.show(vm.scorePoints(), vm.scoreMin(), vm.scoreMax());
        Label chartNote = new Label("A partly rated round shows the range its score can still reach, not a point.");
        chartNote.getStyleClass().add("chart-note");
        chartNote.setWrapText(true);
        FlowPane sectionCharts = new FlowPane(12, 8);
        sectionCharts.setId("progressSectionCharts");
        for (int i = 0; i < vm.sections().size(); i++) {
            ProgressViewModel.SectionLine line = vm.sections().get(i);
            ScoreLineChart small = new ScoreLineChart();
            small.setId("progressSectionChart-" + i);
            small.getStyleClass().add("small");
            small.show(line.points(), vm.sectionMin(), vm.sectionMax());
            Label name = new Label(line.section());
            name.getStyleClass().add("small-chart-title");
            sectionCharts.getChildren().add(new VBox(2, name, small));
        }
        VBox chartBox = new VBox(4, heading(vm.scoreName()), chart, chartNote);
        chartBox.setPrefWidth(420);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        HBox charts = new HBox(16, radarBox, chartBox);
        charts.setId("progressCharts");

        TableView<ProgressViewModel.ItemLine> items = table("progressItems", vm.items());
        items.getColumns().add(column("Section", 150, ProgressViewModel.ItemLine::section));
        items.getColumns().add(column("Activity", 200, ProgressViewModel.ItemLine::activity));
        items.getColumns().add(column("Before", 80, ProgressViewModel.ItemLine::before));
        items.getColumns().add(column("Now", 80, ProgressViewModel.ItemLine::now));
        items.getColumns().add(column("Change", 70, ProgressViewModel.ItemLine::change));
        items.getColumns().add(column("Notes before", 240, ProgressViewModel.ItemLine::noteBefore));
        items.getColumns().add(column("Notes now", 240, ProgressViewModel.ItemLine::noteNow));
        items.setPlaceholder(new Label("Only one round so far: start a follow-up (Workbook menu) to compare."));
        items.setPrefHeight(420);

        ListView<String> completed = new ListView<>();
        completed.setId("progressCompleted");
        completed.getItems().setAll(vm.completed());
        completed.setPlaceholder(new Label("No gap actions completed between the rounds yet."));
        completed.setPrefHeight(Math.max(60, 28 * vm.completed().size() + 8));

        VBox content = new VBox(
                8,
                heading("Rounds"),
                rounds,
                charts,
                heading("Section results per round (partial rounds: what was rated so far, and the range)"),
                sectionCharts,
                sections,
                heading("Per item since the previous round"),
                items,
                heading("Gap actions completed between the rounds"),
                completed);
        content.getStyleClass().add("progress-view");
        content.setStyle("-fx-padding: 10;");
        setContent(content);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static <T> TableView<T> table(String id, List<T> rows) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
