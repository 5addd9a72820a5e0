package com.cxworkbook.ui.dashboard;

import com.cxworkbook.domain.SectionProfile;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * One assessment on the dashboard: title, stage and score; the radar beside the stage ladder; completion;
 * the three highest-priority gaps. Follows its model live (ratings, gap rows, the room's ratings).
 */
public final class DashboardCardView extends VBox {

    private final AssessmentModel model;
    private final RadarChart radar = new RadarChart();
    private final Label title = new Label();
    private final Label stage = new Label();
    private final Label score = new Label();
    private final VBox ladder = new VBox(2);
    private final ProgressBar completion = new ProgressBar();
    private final Label progress = new Label();
    private final VBox gaps = new VBox(2);
    private final FlowPane legend = new FlowPane();
    // held as a field: the model outlives this view and only holds it weakly
    private final InvalidationListener onChange = obs -> refresh();
    private DashboardCard card;

    public DashboardCardView(
            AssessmentModel model, int index, BiConsumer<AssessmentModel, SectionProfile> openSection) {
        super(6);
        this.model = model;
        setId("dashboardCard-" + index);
        getStyleClass().add("dashboard-card");
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        stage.setId("dashboardStage-" + index);
        stage.getStyleClass().add("card-stage");
        score.getStyleClass().add("card-score");
        radar.setId("dashboardRadar-" + index);
        radar.setOnSection(section -> openSection.accept(model, section));
        HBox.setHgrow(radar, Priority.ALWAYS);
        ladder.setId("stageLadder-" + index);
        ladder.getStyleClass().add("stage-ladder");
        ladder.setMinWidth(132);
        ladder.setAlignment(Pos.CENTER_LEFT);
        HBox picture = new HBox(8, radar, ladder);
        completion.setId("dashboardCompletion-" + index);
        completion.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(completion, Priority.ALWAYS);
        HBox done = new HBox(8, completion, progress);
        done.setAlignment(Pos.CENTER_LEFT);
        Label gapsHeading = new Label("Highest-priority gaps");
        gapsHeading.getStyleClass().add("card-heading");
        gaps.setId("dashboardGaps-" + index);
        legend.getStyleClass().add("radar-legend");
        getChildren().addAll(title, stage, score, picture, legend, done, gapsHeading, gaps);
        model.resultProperty().addListener(new WeakInvalidationListener(onChange));
        model.gaps().revisionProperty().addListener(new WeakInvalidationListener(onChange));
        model.participantRevisionProperty().addListener(new WeakInvalidationListener(onChange));
        model.titleProperty().addListener(new WeakInvalidationListener(onChange));
        refresh();
    }

    void refresh() {
        card = DashboardCard.of(model);
        title.setText(card.title());
        stage.setText(card.stage());
        score.setText("Score " + card.score());
        radar.show(card.sections(), card.groups());
        ladder.getChildren().clear();
        for (int i = card.ladder().size() - 1; i >= 0; i--) {
            Label step = new Label(card.ladder().get(i));
            step.getStyleClass().add("ladder-step");
            if (i == card.reached()) {
                step.getStyleClass().add("ladder-reached");
                step.setAccessibleText("Reached: " + card.ladder().get(i));
            } else if (card.isPartial() && i >= card.lowest() && i <= card.highest()) {
                step.getStyleClass().add("ladder-possible");
            }
            step.setWrapText(true);
            ladder.getChildren().add(step);
        }
        if (card.isPartial()) {
            Label range = new Label("Still open: " + card.ladder().get(Math.max(0, card.lowest())) + " – "
                    + card.ladder().get(Math.max(0, card.highest())));
            range.setId("ladderRange-" + getId().substring(getId().lastIndexOf('-') + 1));
            range.getStyleClass().add("ladder-range");
            range.setWrapText(true);
            ladder.getChildren().add(range);
        }
        completion.setProgress(card.completion());
        progress.setText(card.progress());
        gaps.getChildren().clear();
        if (card.topGaps().isEmpty()) {
            gaps.getChildren().add(new Label("No open gaps yet."));
        }
        for (String line : card.topGaps()) {
            Label gap = new Label(line);
            gap.setWrapText(true);
            gaps.getChildren().add(gap);
        }
        legend.getChildren()
                .setAll(
                        key("Agreed result", "radar-result", null),
                        key("Target", "radar-target", null),
                        key("Top of the scale", "radar-top", null));
        if (card.sections().stream().anyMatch(SectionProfile::isPartial)) {
            legend.getChildren().add(key("Range while items are unrated", "radar-range", null));
        }
        card.groups()
                .forEach(g -> legend.getChildren().add(key(g.name(), "radar-overlay", "group-" + g.colourIndex())));
        Label hint = new Label("Click a section to rate its items.");
        legend.getChildren().add(hint);
    }

    /** A legend entry: a short line styled like the radar's own, and its name. */
    private static Label key(String text, String style, String extra) {
        Line line = new Line(0, 0, 18, 0);
        line.getStyleClass().addAll("legend-line", style);
        if (extra != null) {
            line.getStyleClass().add(extra);
        }
        Label label = new Label(text, line);
        label.getStyleClass().add("legend-key");
        return label;
    }

    DashboardCard card() {
        return card;
    }

    RadarChart radar() {
        return radar;
    }
}
