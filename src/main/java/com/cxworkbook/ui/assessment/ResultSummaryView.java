package com.cxworkbook.ui.assessment;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The strip above the grid the room reads: score (click to explain), stage, progress and N/A count. */
public class ResultSummaryView extends VBox {

    public ResultSummaryView(ResultViewModel vm, ObservableValue<String> heading, Node... extras) {
        super(4);
        setId("resultSummary");
        getStyleClass().add("result-summary");

        Label title = RowParts.wrapping("", "assessment-title");
        title.textProperty().bind(heading);
        title.setId("assessmentHeading");
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        // The numbers the room reads never shrink; the title gives way with "…" (full text in its tooltip)
        // rather than wrapping, because a title that re-wraps as the score text widens moves the whole grid
        // under the pointer
        title.setMinWidth(120);
        title.setWrapText(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(heading);
        title.setTooltip(tip);

        Button score = new Button();
        score.setId("scoreValue");
        score.getStyleClass().addAll("score-value");
        score.textProperty().bind(vm.scoreProperty());
        score.accessibleTextProperty().bind(vm.scoreProperty().concat(": score, press to see how it was worked out"));
        score.setTooltip(new Tooltip("How was this worked out?"));
        score.setOnAction(e -> vm.toggleExplanation());
        score.setMinWidth(Region.USE_PREF_SIZE);

        Label stage = value("stageValue", "stage-value");
        stage.textProperty().bind(vm.stageProperty());
        stage.setWrapText(true);
        Label progress = value("progressValue", "progress-value");
        progress.textProperty().bind(vm.progressProperty());
        Label na = value("naCount", "na-count");
        na.textProperty().bind(vm.naCountProperty());

        HBox line = new HBox(
                14,
                title,
                labelled("Score", score),
                labelled("Stage", stage),
                labelled("Progress", progress),
                labelled("Not applicable", na));
        for (Node extra : extras) {
            if (extra instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
            line.getChildren().add(extra);
        }
        line.setAlignment(Pos.CENTER_LEFT);

        Label explanation = RowParts.wrapping("", "score-explanation");
        explanation.setId("scoreExplanation");
        explanation.textProperty().bind(vm.explanationProperty());
        explanation.visibleProperty().bind(vm.explanationShownProperty());
        explanation.managedProperty().bind(vm.explanationShownProperty());
        getChildren().addAll(line, explanation);
    }

    private static Label value(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("result-value", styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static VBox labelled(String caption, Node value) {
        Label label = new Label(caption);
        label.getStyleClass().add("result-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(value);
        VBox box = new VBox(0, label, value);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
