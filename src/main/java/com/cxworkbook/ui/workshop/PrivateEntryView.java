package com.cxworkbook.ui.workshop;

import com.cxworkbook.domain.Item;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A participant enters their own ratings; nobody else's answers are ever shown on this screen. */
public class PrivateEntryView extends BorderPane {

    private final PrivateEntryViewModel viewModel;
    private final VBox rows = new VBox(12);

    public PrivateEntryView(PrivateEntryViewModel viewModel) {
        this.viewModel = viewModel;
        setId("privateEntryView");
        getStyleClass().add("private-entry");
        setPadding(new Insets(16));
        ComboBox<Participant> chooser = new ComboBox<>();
        chooser.setId("participantChooser");
        chooser.setPromptText("Who is entering ratings?");
        chooser.setAccessibleText("Choose your name");
        chooser.getItems().setAll(viewModel.participants());
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Participant p) {
                return p == null ? "" : p.getName() + " (" + p.groupOrRole() + ")";
            }

            @Override
            public Participant fromString(String s) {
                return null;
            }
        });
        chooser.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                        empty || p == null
                                ? "Who is entering ratings?"
                                : chooser.getConverter().toString(p));
            }
        });
        chooser.valueProperty().bindBidirectional(viewModel.participantProperty());
        Label progress = new Label();
        progress.setId("entryProgress");
        progress.textProperty().bind(viewModel.progressProperty());
        Button handBack = new Button("Done — hand the laptop back");
        handBack.setId("handBackButton");
        handBack.disableProperty().bind(viewModel.participantProperty().isNull());
        handBack.setOnAction(e -> viewModel.handBack());
        HBox top = new HBox(12, chooser, progress, handBack);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        viewModel.participantProperty().addListener((obs, old, p) -> rebuild());
        rebuild();
    }

    /** Rebuilt when the participant changes, so the previous person's answers never linger. */
    private void rebuild() {
        rows.getChildren().clear();
        if (viewModel.participantProperty().get() == null) {
            Label hint = new Label(
                    viewModel.participants().isEmpty()
                            ? "This workbook has no participants yet. Add them in the workbook details first."
                            : "Choose your name above. Your answers stay private until the facilitator reveals the room's ratings.");
            hint.setId("entryHint");
            hint.setWrapText(true);
            rows.getChildren().add(hint);
            return;
        }
        for (Item item : viewModel.items()) {
            rows.getChildren().add(row(item));
        }
    }

    private static Label tick() {
        Label tick = new Label("✓");
        tick.getStyleClass().add("entry-tick");
        return tick;
    }

    private VBox row(Item item) {
        Label name = new Label(item.name());
        name.getStyleClass().add("list-title");
        Label statement = new Label(item.statement());
        statement.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(6);
        var scale = viewModel.model().framework().scale();
        Rating own = viewModel.ownRating(item.id());
        for (int value : scale.values()) {
            ToggleButton button = new ToggleButton(value + (scale.hasLabel(value) ? " " + scale.label(value) : ""));
            // the chosen value is filled, bold and ticked: unmistakable at a glance, also in black and white
            button.selectedProperty().addListener((obs, was, chosen) -> button.setGraphic(chosen ? tick() : null));
            button.setGraphic(null);
            button.setId("entry-" + item.id() + "-" + value);
            button.setToggleGroup(group);
            button.setSelected(own != null && !own.isNotApplicable() && own.value() == value);
            button.setOnAction(e -> viewModel.rate(item.id(), button.isSelected() ? Rating.of(value) : null));
            buttons.getChildren().add(button);
        }
        buttons.getStyleClass().add("entry-choices");
        if (scale.allowNotApplicable()) {
            ToggleButton na = new ToggleButton("N/A");
            na.setId("entry-" + item.id() + "-na");
            na.setToggleGroup(group);
            na.setSelected(own != null && own.isNotApplicable());
            na.setOnAction(e -> viewModel.rate(item.id(), na.isSelected() ? Rating.NOT_APPLICABLE : null));
            buttons.getChildren().add(na);
        }
        VBox row = new VBox(4, name, statement, buttons);
        row.setId("entryRow-" + item.id());
        row.getStyleClass().add("card");
        return row;
    }
}
