package com.cxworkbook.ui.assessment;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Beside the grid: a bar per section, the current stage's description and the next stage's actions. */
public class ResultDetailsView extends VBox {

    private final VBox chart = new CachedVBox(6);
    private final VBox details = new CachedVBox(4);
    private final VBox actions = new CachedVBox(3);
    private final Label chartHeading = new Label("By section");

    public ResultDetailsView(ResultViewModel vm) {
        super(8);
        setId("resultDetails");

        chart.setId("resultChart");
        chart.getStyleClass().addAll("card", "result-chart");
        chart.setAccessibleText("Result per section");
        chartHeading.getStyleClass().add("card-title");
        vm.bars().addListener((ListChangeListener<ResultViewModel.Bar>) c -> showBars(vm));
        showBars(vm);

        Label stageTitle = RowParts.wrapping("", "card-title");
        stageTitle.setId("stageTitle");
        stageTitle.textProperty().bind(vm.stageTitleProperty());
        Label stageSummary = RowParts.wrapping("", "stage-description");
        stageSummary.setId("stageDescription");
        stageSummary.textProperty().bind(vm.stageSummaryProperty());
        vm.stageDetails().addListener((ListChangeListener<ResultViewModel.Detail>) c -> showDetails(vm));
        showDetails(vm);
        VBox stage = new CachedVBox(4, stageTitle, stageSummary, details);
        stage.getStyleClass().add("card");
        stage.setId("currentStage");

        Label nextTitle = RowParts.wrapping("", "card-title");
        nextTitle.setId("nextStageTitle");
        nextTitle.textProperty().bind(vm.nextTitleProperty());
        Label nextText = RowParts.wrapping("", "stage-description");
        nextText.textProperty().bind(vm.nextTextProperty());
        nextText.visibleProperty().bind(vm.nextTextProperty().isNotEmpty());
        nextText.managedProperty().bind(nextText.visibleProperty());
        actions.setId("nextActions");
        vm.nextActions().addListener((ListChangeListener<String>) c -> showActions(vm));
        showActions(vm);
        VBox next = new CachedVBox(4, nextTitle, nextText, actions);
        next.getStyleClass().add("card");
        next.setId("nextStage");
        next.visibleProperty().bind(vm.nextTitleProperty().isNotEmpty());
        next.managedProperty().bind(next.visibleProperty());

        getChildren().addAll(chart, stage, next);
    }

    /** Updates the bars in place when only their values changed; rebuilds them when the sections differ. */
    private void showBars(ResultViewModel vm) {
        if (chart.getChildren().size() == vm.bars().size() + 1) {
            for (int i = 0; i < vm.bars().size(); i++) {
                ResultViewModel.Bar bar = vm.bars().get(i);
                VBox row = (VBox) chart.getChildren().get(i + 1);
                HBox line = (HBox) row.getChildren().get(1);
                Region track = (Region)
                        ((StackPane) line.getChildren().get(0)).getChildren().get(0);
                Region fill = (Region)
                        ((StackPane) line.getChildren().get(0)).getChildren().get(1);
                fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.fraction()));
                ((Label) line.getChildren().get(1)).setText(bar.valueText());
                row.setAccessibleText(bar.name() + ": " + bar.valueText());
            }
            return;
        }
        chart.getChildren().setAll(chartHeading);
        for (ResultViewModel.Bar bar : vm.bars()) {
            Label name = RowParts.wrapping(bar.name(), "bar-name");
            Region track = new Region();
            track.getStyleClass().add("bar-track");
            track.setPrefHeight(12);
            track.setMaxWidth(Double.MAX_VALUE);
            Region fill = new Region();
            fill.getStyleClass().add("bar-fill");
            fill.setPrefHeight(12);
            fill.setMaxHeight(12);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.fraction()));
            StackPane barPane = new StackPane(track, fill);
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            HBox.setHgrow(barPane, Priority.ALWAYS);
            Label value = new Label(bar.valueText());
            value.getStyleClass().add("bar-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, barPane, value);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox row = new VBox(2, name, line);
            row.setAccessibleText(bar.name() + ": " + bar.valueText());
            chart.getChildren().add(row);
        }
    }

    private void showDetails(ResultViewModel vm) {
        details.getChildren().clear();
        for (ResultViewModel.Detail detail : vm.stageDetails()) {
            Label label = new Label(detail.label());
            label.getStyleClass().add("detail-label");
            details.getChildren().addAll(label, RowParts.wrapping(detail.text(), "stage-description"));
        }
    }

    private void showActions(ResultViewModel vm) {
        actions.getChildren().clear();
        for (String action : vm.nextActions()) {
            actions.getChildren().add(RowParts.wrapping("• " + action, "next-action"));
        }
    }
}
