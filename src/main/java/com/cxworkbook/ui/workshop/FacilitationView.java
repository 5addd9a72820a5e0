package com.cxworkbook.ui.workshop;

import com.cxworkbook.domain.ItemSpread;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.dashboard.DashboardCardView;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * One item at a time, large, for the room to read off the wall. Page Up/Down (a presenter clicker),
 * arrows, digits to set the agreed rating, R to reveal, M to take the median.
 */
public class FacilitationView extends BorderPane {

    private final FacilitationViewModel viewModel;
    private final HBox choices = new HBox(10);
    private final ToggleGroup choiceGroup = new ToggleGroup();
    private final VBox revealBox = new VBox(6);
    private DashboardCardView resultCard;
    private final Timeline countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    public FacilitationView(FacilitationViewModel viewModel) {
        this.viewModel = viewModel;
        setId("facilitationView");
        getStyleClass().add("facilitation");
        setPadding(new Insets(24));

        Label section = new Label();
        section.setId("facilitationSection");
        section.getStyleClass().add("facilitation-section");
        section.textProperty().bind(viewModel.sectionNameProperty());
        Label position = new Label();
        position.setId("facilitationPosition");
        position.textProperty().bind(viewModel.positionProperty());
        Label timer = new Label();
        timer.setId("timerLabel");
        timer.getStyleClass().add("facilitation-timer");
        timer.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> viewModel.timerSecondsProperty().get() == 0
                                ? ""
                                : viewModel.timeUpProperty().get()
                                        ? "Time is up"
                                        : viewModel.secondsLeftProperty().get() + " s",
                        viewModel.secondsLeftProperty(),
                        viewModel.timeUpProperty(),
                        viewModel.timerSecondsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(16, section, spacer, timer, position);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        Label name = new Label();
        name.setId("facilitationItem");
        name.getStyleClass().add("facilitation-item");
        name.setWrapText(true);
        Label statement = new Label();
        statement.setId("facilitationStatement");
        statement.getStyleClass().add("facilitation-statement");
        statement.setWrapText(true);
        viewModel.itemProperty().addListener((obs, old, item) -> showItem(name, statement));
        choices.setId("facilitationChoices");
        choices.setFillHeight(true);

        Label responses = new Label();
        responses.setId("responsesLabel");
        responses.textProperty().bind(viewModel.responsesProperty());
        Button reveal = new Button("Reveal the room's ratings (R)");
        reveal.setId("revealButton");
        reveal.disableProperty().bind(viewModel.everyoneEnteredProperty().not().or(viewModel.revealedProperty()));
        reveal.setOnAction(e -> viewModel.reveal(false));
        Button revealAnyway = new Button("Reveal anyway");
        revealAnyway.setId("revealAnywayButton");
        revealAnyway
                .visibleProperty()
                .bind(viewModel
                        .everyoneEnteredProperty()
                        .not()
                        .and(viewModel.revealedProperty().not()));
        revealAnyway.managedProperty().bind(revealAnyway.visibleProperty());
        revealAnyway.setOnAction(e -> viewModel.reveal(true));
        Button median = new Button("Agree on the median (M)");
        median.setId("useMedianButton");
        median.disableProperty().bind(viewModel.revealedProperty().not());
        median.setOnAction(e -> viewModel.agreeMedian());
        CheckBox anonymous = new CheckBox("Hide names (A)");
        anonymous.setId("anonymousToggle");
        anonymous.setAccessibleText("Reveal without names: dots and counts only");
        anonymous.selectedProperty().bindBidirectional(viewModel.anonymousProperty());
        viewModel.anonymousProperty().addListener((obs, o, n) -> showReveal());
        HBox revealBar = new HBox(10, responses, reveal, revealAnyway, median, anonymous);
        revealBar.setAlignment(Pos.CENTER_LEFT);
        revealBox.setId("revealBox");
        viewModel.revealedProperty().addListener((obs, o, n) -> showReveal());
        viewModel.spreadProperty().addListener((obs, o, n) -> showReveal());

        Label result = new Label();
        result.setId("facilitationScore");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.resultTextProperty());
        VBox centre = new VBox(18, name, statement, choices, revealBar, revealBox, result);
        centre.setPadding(new Insets(24, 0, 24, 0));
        setCenter(centre);
        viewModel.showingResultProperty().addListener((obs, was, showing) -> setCenter(showing ? result() : centre));

        Button previous = new Button("◀ Previous");
        previous.setId("previousButton");
        previous.setOnAction(e -> viewModel.previous());
        Button next = new Button("Next ▶");
        next.setId("nextButton");
        next.setOnAction(e -> viewModel.next());
        Spinner<Integer> timerSeconds = new Spinner<>(0, 600, 0, 30);
        timerSeconds.setId("timerSpinner");
        timerSeconds.setEditable(true);
        timerSeconds.setAccessibleText("Countdown per item in seconds, 0 for none");
        timerSeconds.valueProperty().addListener((obs, o, v) -> {
            viewModel.timerSecondsProperty().set(v);
            restartTimer();
        });
        ToggleButton showResult = new ToggleButton("Result (E)");
        showResult.setId("showResultButton");
        showResult.setAccessibleText("Show the room the result: radar and stage ladder");
        showResult.selectedProperty().bindBidirectional(viewModel.showingResultProperty());
        Label timerHint = new Label("Timer per item (s):");
        Region bottomSpacer = new Region();
        HBox.setHgrow(bottomSpacer, Priority.ALWAYS);
        HBox bottom = new HBox(10, previous, next, showResult, bottomSpacer, timerHint, timerSeconds);
        bottom.setAlignment(Pos.CENTER_LEFT);
        setBottom(bottom);

        countdown.setCycleCount(Timeline.INDEFINITE);
        viewModel.indexProperty().addListener((obs, o, n) -> restartTimer());
        viewModel.agreedProperty().addListener((obs, o, rating) -> selectAgreed(rating));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showItem(name, statement);
        showReveal();
    }

    private void showItem(Label name, Label statement) {
        name.setText(viewModel.itemProperty().get().name());
        statement.setText(viewModel.itemProperty().get().statement());
        choices.getChildren().clear();
        for (FacilitationViewModel.Choice choice : viewModel.choices()) {
            Label value = new Label(choice.value()
                    + (choice.label().equals(Integer.toString(choice.value())) ? "" : "  " + choice.label()));
            value.getStyleClass().add("choice-value");
            Label descriptor = new Label(choice.descriptor());
            descriptor.setWrapText(true);
            descriptor.getStyleClass().add("choice-descriptor");
            VBox content = new VBox(6, value, descriptor);
            ToggleButton button = new ToggleButton();
            button.setGraphic(content);
            button.setToggleGroup(choiceGroup);
            button.setId("choice-" + choice.value());
            button.setAccessibleText("Agree on " + choice.value() + " " + choice.label() + ". " + choice.descriptor());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMaxHeight(Double.MAX_VALUE);
            button.setAlignment(Pos.TOP_LEFT);
            button.setOnAction(e -> viewModel.agree(button.isSelected() ? Rating.of(choice.value()) : null));
            HBox.setHgrow(button, Priority.ALWAYS);
            choices.getChildren().add(button);
        }
        selectAgreed(viewModel.agreedProperty().get());
    }

    private void selectAgreed(Rating rating) {
        choiceGroup.selectToggle(null);
        if (rating != null && !rating.isNotApplicable()) {
            choices.getChildren().stream()
                    .filter(n -> ("choice-" + rating.value()).equals(n.getId()))
                    .findFirst()
                    .ifPresent(n -> ((ToggleButton) n).setSelected(true));
        }
    }

    private void showReveal() {
        revealBox.getChildren().clear();
        if (!viewModel.revealedProperty().get()) {
            return;
        }
        ItemSpread spread = viewModel.spreadProperty().get();
        Label summary = new Label(
                spread.isEmpty()
                        ? "Nobody has rated this item"
                        : "Lowest " + spread.min() + " · highest " + spread.max() + " · median "
                                + formatMedian(spread.median())
                                + (spread.disagreement() ? " · the room disagrees — worth discussing" : ""));
        summary.setId("spreadLabel");
        summary.getStyleClass().add(spread.disagreement() ? "disagreement" : "agreement");
        revealBox.getChildren().add(summary);
        boolean anonymous = viewModel.anonymousProperty().get();
        for (String line : anonymous ? viewModel.anonymousCounts() : viewModel.revealedRatings()) {
            Label label = new Label(line);
            label.getStyleClass().add(anonymous ? "reveal-count" : "reveal-named");
            revealBox.getChildren().add(label);
        }
    }

    private static String formatMedian(double median) {
        return median == Math.rint(median) ? Integer.toString((int) median) : String.valueOf(median);
    }

    private void restartTimer() {
        countdown.stop();
        if (viewModel.timerSecondsProperty().get() > 0) {
            countdown.playFromStart();
        }
    }

    private void tick() {
        viewModel.tick();
        if (viewModel.timeUpProperty().get()) {
            countdown.stop();
        }
    }

    private void onKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.PAGE_DOWN || code == KeyCode.RIGHT) {
            viewModel.next();
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.LEFT) {
            viewModel.previous();
        } else if (code == KeyCode.R) {
            viewModel.reveal(false);
        } else if (code == KeyCode.A) {
            viewModel.anonymousProperty().set(!viewModel.anonymousProperty().get());
        } else if (code == KeyCode.M) {
            viewModel.agreeMedian();
        } else if (code == KeyCode.E) {
            viewModel
                    .showingResultProperty()
                    .set(!viewModel.showingResultProperty().get());
        } else if (code.isDigitKey()) {
            String name = code.name();
            int value = name.charAt(name.length() - 1) - '0';
            if (viewModel.model().framework().scale().contains(value)) {
                viewModel.agree(Rating.of(value));
            }
        } else {
            return;
        }
        event.consume();
    }

    /**
     * The end of the workshop: the same card as the dashboard (radar with the groups' overlays, stage ladder,
     * top gaps), large. Built when first shown and then following the model live; a click on a section goes
     * back to that section's first item.
     */
    private DashboardCardView result() {
        if (resultCard == null) {
            resultCard = new DashboardCardView(
                    viewModel.model(),
                    0,
                    (model, section) -> viewModel.goToSection(section.section().id()));
            resultCard.setId("facilitationResult");
            resultCard.getStyleClass().add("facilitation-result");
        }
        return resultCard;
    }

    /** Stops the countdown when the window closes. */
    public void dispose() {
        countdown.stop();
    }
}
