package com.cxworkbook.ui.main;

import com.cxworkbook.domain.ScoreResult;
import com.cxworkbook.ui.workbook.AssessmentModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The open workbook's assessments, each with its live score and stage. */
public class AssessmentListView extends ListView<AssessmentModel> {

    public AssessmentListView() {
        setId("assessmentList");
        setAccessibleText("Assessments in this workbook");
        setPlaceholder(new Label("No assessments yet"));
        // the outline is short on a 768-pixel screen: the framework library below gives way, not this list
        setMinHeight(Region.USE_PREF_SIZE);
        setCellFactory(list -> new ListCell<>() {
            private final Label title = new Label();
            private final Label result = new Label();
            private final VBox box = new VBox(2, title, result);

            {
                title.getStyleClass().add("list-title");
                result.getStyleClass().add("list-detail");
                // one line each, cut with "…" (the tooltip and accessible text have it all): the list
                // never scrolls sideways and six assessments fit a 1366×768 outline
                title.setMinWidth(0);
                result.setMinWidth(0);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(AssessmentModel model, boolean empty) {
                super.updateItem(model, empty);
                title.textProperty().unbind();
                result.textProperty().unbind();
                accessibleTextProperty().unbind();
                if (empty || model == null) {
                    setGraphic(null);
                    return;
                }
                // bound, so a rename or a renumbered round shows at once
                title.textProperty().bind(model.titleWithRoundProperty());
                ObservableValue<String> text =
                        Bindings.createStringBinding(() -> resultText(model.result()), model.resultProperty());
                result.textProperty().bind(text);
                accessibleTextProperty().bind(Bindings.concat(model.titleWithRoundProperty(), ": ", text));
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(accessibleTextProperty());
                setTooltip(tip);
                setGraphic(box);
            }
        });
    }

    public void show(ObservableList<AssessmentModel> assessments) {
        setItems(assessments);
    }

    static String resultText(ScoreResult result) {
        if (result == null) {
            return "Framework not available in this app";
        }
        if (result.isPartial()) {
            // "12 so far from 4 of 20 · final 28–92 · stage Customer-Chaotic to Customer-Champion"
            return result.summaryText();
        }
        return result.scoreText() + " · " + result.levelText() + " · " + result.progressText();
    }
}
