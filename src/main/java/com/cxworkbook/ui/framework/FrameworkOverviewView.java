package com.cxworkbook.ui.framework;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows a framework's levels (with their descriptions) and sections; bound to a {@link FrameworkOverview}. */
public class FrameworkOverviewView extends ScrollPane {

    private final VBox content = new VBox(12);

    public FrameworkOverviewView(ObservableValue<FrameworkOverview> overview) {
        setId("frameworkOverview");
        setFitToWidth(true);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("overview");
        setContent(content);
        overview.addListener((obs, old, value) -> show(value));
        show(overview.getValue());
    }

    private void show(FrameworkOverview overview) {
        content.getChildren().clear();
        if (overview == null) {
            content.getChildren().add(new Label("Select a framework to see its levels."));
            return;
        }
        Label title = new Label(overview.title());
        title.setId("frameworkTitle");
        title.getStyleClass().add("title");
        Label subtitle = new Label(overview.subtitle());
        subtitle.getStyleClass().add("subtitle");
        subtitle.setWrapText(true);
        content.getChildren().addAll(title, subtitle);
        if (!overview.description().isBlank()) {
            content.getChildren().add(wrapped(overview.description(), "description"));
        }
        Label source = wrapped("Source: " + overview.source(), "source");
        source.setId("frameworkSource");
        content.getChildren().add(source);

        Label levelsHeading = new Label("Levels");
        levelsHeading.getStyleClass().add("heading");
        VBox levels = new VBox(8);
        levels.setId("levelCards");
        for (FrameworkOverview.LevelCard card : overview.levels()) {
            levels.getChildren()
                    .add(card(card.id(), "level-" + card.id(), card.name(), card.summary(), card.details()));
        }
        Label sectionsHeading = new Label("Sections and statements");
        sectionsHeading.getStyleClass().add("heading");
        VBox sections = new VBox(8);
        sections.setId("sectionCards");
        for (FrameworkOverview.SectionCard card : overview.sections()) {
            sections.getChildren()
                    .add(card(card.id(), "section-" + card.id(), card.name(), card.description(), card.statements()));
        }
        content.getChildren().addAll(levelsHeading, levels, sectionsHeading, sections);
    }

    private VBox card(String key, String id, String name, String summary, List<FrameworkOverview.Detail> details) {
        VBox card = new VBox(6);
        card.setId(id);
        card.getStyleClass().add("card");
        Label heading = new Label(name);
        heading.getStyleClass().add("card-title");
        card.getChildren().add(heading);
        if (summary != null && !summary.isBlank()) {
            card.getChildren().add(wrapped(summary, "card-summary"));
        }
        if (!details.isEmpty()) {
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(6);
            int row = 0;
            for (FrameworkOverview.Detail detail : details) {
                Label label = new Label(detail.label());
                label.getStyleClass().add("detail-label");
                label.setWrapText(true);
                label.setMinWidth(140);
                label.setMaxWidth(220);
                Label text = wrapped(detail.text(), "detail-text");
                GridPane.setHgrow(text, Priority.ALWAYS);
                GridPane.setValignment(label, VPos.TOP);
                grid.addRow(row++, label, text);
            }
            card.getChildren().add(grid);
        }
        return card;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
