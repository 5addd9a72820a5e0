package com.cxworkbook.ui.assessment;

import com.cxworkbook.domain.Item;
import com.cxworkbook.ui.workbook.AssessmentModel;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One assessment's rating screen: the live result on top, the clickable grid in the middle and, beside
 * it, the rating form for the focused item with the section chart and stage guidance.
 */
public class AssessmentView extends BorderPane {

    private final GridViewModel gridViewModel;
    private final GridView grid;
    private final AssessmentModel model;
    private final ScrollPane gridScroll;
    private final SplitPane split = new SplitPane();
    private final ScrollPane sideScroll;
    private final ToggleButton sideToggle;
    private static final double BESIDE_DIVIDER = 0.7;
    private static final double UNDER_DIVIDER = 0.6;
    /** The grid's scroll bar, insets and the divider: what the grid needs beyond its own minimum width. */
    private static final double GRID_CHROME = 36;

    public AssessmentView(AssessmentModel model) {
        this.model = model;
        setId("assessmentView");
        getStyleClass().add("assessment-view");
        gridViewModel = new GridViewModel(model);
        ResultViewModel result = new ResultViewModel(model);
        RatingFormViewModel form = new RatingFormViewModel(gridViewModel);

        // follows a rename at once
        ObservableValue<String> heading = Bindings.createStringBinding(
                () -> model.title().equals(model.framework().name())
                        ? model.titleWithRound()
                        : model.titleWithRound() + " — " + model.framework().name(),
                model.titleWithRoundProperty());
        sideToggle = new ToggleButton("Hide form");
        sideToggle.setId("sidePanelToggle");
        sideToggle.setAccessibleText("Show or hide the rating form and result details beside the grid");
        sideToggle.setTooltip(new Tooltip("Give the grid the whole width, e.g. on a projector"));
        Label position = new Label();
        position.setId("itemPosition");
        position.getStyleClass().add("item-position");
        position.textProperty().bind(gridViewModel.positionProperty());
        setTop(new VBox(closedBar(model), new ResultSummaryView(result, heading, position, sideToggle)));

        grid = new GridView(gridViewModel);
        gridScroll = new ScrollPane(grid);
        gridScroll.setId("gridScroll");
        gridScroll.setFitToWidth(true);
        gridScroll.getStyleClass().add("grid-scroll");

        VBox side = new VBox(8, new RatingFormView(form), new ResultDetailsView(result));
        side.getStyleClass().add("side-panel");
        sideScroll = new ScrollPane(side);
        sideScroll.setId("sideScroll");
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setMinWidth(260);

        split.getItems().setAll(gridScroll, sideScroll);
        split.setId("gridFormSplit");
        split.setDividerPositions(BESIDE_DIVIDER);
        SplitPane.setResizableWithParent(sideScroll, false);
        setCenter(split);
        sideToggle.selectedProperty().addListener((obs, was, hidden) -> {
            sideToggle.setText(hidden ? "Show form" : "Hide form");
            if (hidden) {
                split.getItems().remove(sideScroll);
            } else {
                split.getItems().add(sideScroll);
                split.setDividerPositions(
                        split.getOrientation() == Orientation.HORIZONTAL ? BESIDE_DIVIDER : UNDER_DIVIDER);
            }
        });
        // The form sits beside the grid when both fit, else under it: the grid never has to scroll sideways
        // to make room for the form (1366×768 with the outline open fits only the narrower grids beside it)
        widthProperty().addListener((obs, old, width) -> placeForm(width.doubleValue()));
        // the grid's minimum is only known once its cells are styled: decide again after each grid layout
        grid.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                placeForm(getWidth());
            }
        });
    }

    private void placeForm(double width) {
        double besideNeeds = grid.minWidth(-1) + GRID_CHROME + sideScroll.getMinWidth();
        Orientation wanted = width >= besideNeeds ? Orientation.HORIZONTAL : Orientation.VERTICAL;
        if (split.getOrientation() != wanted) {
            split.setOrientation(wanted);
            SplitPane.setResizableWithParent(sideScroll, wanted == Orientation.VERTICAL);
            split.setDividerPositions(wanted == Orientation.HORIZONTAL ? BESIDE_DIVIDER : UNDER_DIVIDER);
            RowParts.state(this, "form-under", wanted == Orientation.VERTICAL);
        }
    }

    /** Hides the form (the grid gets the whole width) or shows it; the same as the Hide/Show form button. */
    public void hideForm(boolean hidden) {
        sideToggle.setSelected(hidden);
    }

    /** Whether the form is beside the grid (true) or under it. */
    public boolean formBeside() {
        return split.getOrientation() == Orientation.HORIZONTAL;
    }

    /** Shown while the round is closed: why nothing can be changed, and the way to change it anyway. */
    private static Node closedBar(AssessmentModel model) {
        Label text =
                new Label("This round is closed: a follow-up has started, so its ratings stay as they were assessed.");
        text.setWrapText(true);
        Button reopen = new Button("Reopen round");
        reopen.setId("reopenRoundButton");
        reopen.setOnAction(e -> model.setClosed(false));
        HBox bar = new HBox(12, text, reopen);
        bar.setId("closedRoundBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("closed-round-bar");
        bar.visibleProperty().bind(model.closedProperty());
        bar.managedProperty().bind(model.closedProperty());
        return bar;
    }

    /** Focuses the section's first item and scrolls the grid so the section starts at the top. */
    public void showSection(String sectionId) {
        model.framework().sections().stream()
                .filter(s -> s.id().equals(sectionId))
                .findFirst()
                .filter(s -> !s.items().isEmpty())
                .ifPresent(section -> {
                    gridViewModel.focus(section.items().get(0));
                    grid.focusCurrentRow();
                    // once laid out: the row's place in the grid gives the scroll position
                    Platform.runLater(() -> scrollTo(section.items().get(0)));
                });
    }

    private void scrollTo(Item item) {
        Node row = grid.rowNode(item.id());
        if (row == null) {
            return;
        }
        gridScroll.layout();
        double y = grid.sceneToLocal(row.localToScene(0, 0)).getY() - 40;
        double scrollable = grid.getBoundsInLocal().getHeight()
                - gridScroll.getViewportBounds().getHeight();
        gridScroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, y / scrollable)));
    }

    public GridViewModel gridViewModel() {
        return gridViewModel;
    }

    public GridView grid() {
        return grid;
    }
}
