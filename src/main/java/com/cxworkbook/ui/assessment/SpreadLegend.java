package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;

/**
 * Above the grid while the room has rated: which dot colour is which group, and what the "Discuss" and
 * target markers under the rows mean. Hidden when nobody has entered their own ratings.
 */
final class SpreadLegend extends FlowPane {

    private final AssessmentModel model;
    // Held as a field: the model outlives the grid, so it only holds this listener weakly
    private final ChangeListener<Number> onParticipants = (obs, old, now) -> refresh();

    SpreadLegend(AssessmentModel model) {
        super(12, 4);
        this.model = model;
        setId("spreadLegend");
        getStyleClass().add("spread-legend");
        setAlignment(Pos.CENTER_LEFT);
        model.participantRevisionProperty().addListener(new WeakChangeListener<>(onParticipants));
        refresh();
    }

    private void refresh() {
        List<Participant> raters =
                model.participants().stream().filter(this::ratedSomething).toList();
        setVisible(!raters.isEmpty());
        setManaged(!raters.isEmpty());
        getChildren().clear();
        if (raters.isEmpty()) {
            return;
        }
        getChildren()
                .add(new Label("The room (" + raters.size() + (raters.size() == 1 ? " person" : " people") + "):"));
        List<String> groups = SpreadLine.groups(model.participants());
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (raters.stream().noneMatch(p -> p.groupOrRole().equals(group))) {
                continue;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("spread-dot", "dot-group-" + (i % 4));
            Label label = new Label(group, dot);
            label.setId("legend-group-" + i);
            getChildren().add(label);
        }
        Label discuss = new Label("! Discuss");
        discuss.getStyleClass().add("disagree-marker");
        Label target = new Label("Next / Target");
        target.getStyleClass().add("target-marker");
        getChildren()
                .addAll(
                        discuss,
                        new Label("spread of 2 levels or more"),
                        target,
                        new Label("right-click a value to set the target"));
    }

    private boolean ratedSomething(Participant participant) {
        Map<String, Rating> own = model.assessment().getParticipantRatings().get(participant.getId());
        return own != null && !own.isEmpty();
    }
}
