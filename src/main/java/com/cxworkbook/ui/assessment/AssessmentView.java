package com.cxworkbook.ui.assessment;

import com.cxworkbook.ui.workbook.AssessmentModel;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * One assessment's rating screen: the live result on top, the clickable grid in the middle and, beside
 * it, the rating form for the focused item with the section chart and stage guidance.
 */
public class AssessmentView extends BorderPane {

    private final GridViewModel gridViewModel;
    private final GridView grid;
    private final SplitPane split = new SplitPane();
    private final ScrollPane sideScroll;
    private final ToggleButton sideToggle;
    private static final double BESIDE_DIVIDER = 0.7;
    private static final double UNDER_DIVIDER = 0.6;
    /** The grid's scroll bar, insets and the divider: what the grid needs beyond its own minimum width. */
    private static final double GRID_CHROME = 36;

    public AssessmentView(AssessmentModel model) {
        setId("assessmentView");
        getStyleClass().add("assessment-view");
        gridViewModel = new GridViewModel(model);
        ResultViewModel result = new ResultViewModel(model);
        RatingFormViewModel form = new RatingFormViewModel(gridViewModel);

        String heading = model.title().equals(model.framework().name())
                ? model.title() : model.title() + " — " + model.framework().name();
        sideToggle = new ToggleButton("Hide form");
        sideToggle.setId("sidePanelToggle");
        sideToggle.setAccessibleText("Show or hide the rating form and result details beside the grid");
        sideToggle.setTooltip(new Tooltip("Give the grid the whole width, e.g. on a projector"));
        Label position = new Label();
        position.setId("itemPosition");
        position.getStyleClass().add("item-position");
        position.textProperty().bind(gridViewModel.positionProperty());
        setTop(new ResultSummaryView(result, heading, position, sideToggle));

        grid = new GridView(gridViewModel);
        ScrollPane gridScroll = new ScrollPane(grid);
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
                split.setDividerPositions(split.getOrientation() == Orientation.HORIZONTAL ? BESIDE_DIVIDER : UNDER_DIVIDER);
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
            RowParts.styleClass(this, "form-under", wanted == Orientation.VERTICAL);
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

    public GridViewModel gridViewModel() { return gridViewModel; }
    public GridView grid() { return grid; }
}
