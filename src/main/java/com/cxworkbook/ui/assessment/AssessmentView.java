package com.cxworkbook.ui.assessment;

import com.cxworkbook.ui.workbook.AssessmentModel;
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
    private final AssessmentModel model;
    private final ScrollPane gridScroll;

    public AssessmentView(AssessmentModel model) {
        this.model = model;
        setId("assessmentView");
        getStyleClass().add("assessment-view");
        gridViewModel = new GridViewModel(model);
        ResultViewModel result = new ResultViewModel(model);
        RatingFormViewModel form = new RatingFormViewModel(gridViewModel);

        String title = model.titleWithRound();
        String heading = model.title().equals(model.framework().name()) ? title : title + " — " + model.framework().name();
        ToggleButton sideToggle = new ToggleButton("Hide form");
        sideToggle.setId("sidePanelToggle");
        sideToggle.setAccessibleText("Show or hide the rating form and result details beside the grid");
        sideToggle.setTooltip(new Tooltip("Give the grid the whole width, e.g. on a projector"));
        setTop(new VBox(closedBar(model), new ResultSummaryView(result, heading, sideToggle)));

        grid = new GridView(gridViewModel);
        gridScroll = new ScrollPane(grid);
        gridScroll.setId("gridScroll");
        gridScroll.setFitToWidth(true);
        gridScroll.getStyleClass().add("grid-scroll");

        VBox side = new VBox(8, new RatingFormView(form), new ResultDetailsView(result));
        side.getStyleClass().add("side-panel");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setId("sideScroll");
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setMinWidth(260);

        SplitPane split = new SplitPane(gridScroll, sideScroll);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(sideScroll, false);
        setCenter(split);
        sideToggle.selectedProperty().addListener((obs, was, hidden) -> {
            sideToggle.setText(hidden ? "Show form" : "Hide form");
            if (hidden) {
                split.getItems().remove(sideScroll);
            } else {
                split.getItems().add(sideScroll);
                split.setDividerPositions(0.7);
            }
        });
    }

    /** Shown while the round is closed: why nothing can be changed, and the way to change it anyway. */
    private static javafx.scene.Node closedBar(AssessmentModel model) {
        javafx.scene.control.Label text = new javafx.scene.control.Label(
                "This round is closed: a follow-up has started, so its ratings stay as they were assessed.");
        text.setWrapText(true);
        javafx.scene.control.Button reopen = new javafx.scene.control.Button("Reopen round");
        reopen.setId("reopenRoundButton");
        reopen.setOnAction(e -> model.setClosed(false));
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(12, text, reopen);
        bar.setId("closedRoundBar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("closed-round-bar");
        bar.visibleProperty().bind(model.closedProperty());
        bar.managedProperty().bind(model.closedProperty());
        return bar;
    }

    /** Focuses the section's first item and scrolls the grid so the section starts at the top. */
    public void showSection(String sectionId) {
        model.framework().sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .filter(s -> !s.items().isEmpty()).ifPresent(section -> {
                    gridViewModel.focus(section.items().get(0));
                    grid.focusCurrentRow();
                    // once laid out: the row's place in the grid gives the scroll position
                    javafx.application.Platform.runLater(() -> scrollTo(section.items().get(0)));
                });
    }

    private void scrollTo(com.cxworkbook.domain.Item item) {
        javafx.scene.Node row = grid.rowNode(item.id());
        if (row == null) {
            return;
        }
        gridScroll.layout();
        double y = grid.sceneToLocal(row.localToScene(0, 0)).getY() - 40;
        double scrollable = grid.getBoundsInLocal().getHeight() - gridScroll.getViewportBounds().getHeight();
        gridScroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, y / scrollable)));
    }

    public GridViewModel gridViewModel() { return gridViewModel; }
    public GridView grid() { return grid; }
}
