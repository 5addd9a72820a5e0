package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Effort;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The priority matrix ({@code #priorityMatrix}): priority or gap size down, effort across, each activity in
 * its cell, the quick wins (high priority or large gap, low effort) highlighted for the room.
 */
class PriorityMatrixView extends VBox {

    private final GapWorksheetViewModel viewModel;
    private final GridPane grid = new GridPane();

    PriorityMatrixView(GapWorksheetViewModel viewModel) {
        this.viewModel = viewModel;
        setId("priorityMatrix");
        setAccessibleText("Priority matrix");
        getStyleClass().add("priority-matrix");
        setSpacing(8);
        setPadding(new Insets(8));

        ComboBox<MatrixAxis> axis = new ComboBox<>();
        axis.setId("matrixAxis");
        axis.setAccessibleText("Matrix rows");
        axis.getItems().setAll(MatrixAxis.values());
        axis.valueProperty().bindBidirectional(viewModel.matrixAxisProperty());
        HBox top = new HBox(
                8, new Label("Rows:"), axis, new Label("Columns: potential effort. Quick wins are highlighted."));
        top.setAlignment(Pos.CENTER_LEFT);

        grid.setHgap(6);
        grid.setVgap(6);
        grid.getStyleClass().add("matrix-grid");
        VBox.setVgrow(grid, Priority.ALWAYS);

        Label unplaced = new Label();
        unplaced.setId("matrixUnplaced");
        unplaced.setWrapText(true);
        unplaced.getStyleClass().add("matrix-unplaced");
        unplaced.textProperty().bind(viewModel.unplacedProperty());

        getChildren().addAll(top, grid, unplaced);
        viewModel.matrix().addListener((ListChangeListener<MatrixCell>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        grid.getColumnConstraints().add(labels);
        for (Effort effort : Effort.values()) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setPercentWidth(28);
            grid.getColumnConstraints().add(column);
            Label header = new Label(effort.label() + " effort");
            header.getStyleClass().add("matrix-header");
            grid.add(header, effort.ordinal() + 1, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        for (String rowLabel : viewModel.matrixAxisProperty().get().rowLabels()) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(90);
            grid.getRowConstraints().add(row);
            Label label = new Label(rowLabel);
            label.getStyleClass().add("matrix-header");
            grid.add(label, 0, grid.getRowConstraints().size() - 1);
        }
        for (MatrixCell cell : viewModel.matrix()) {
            grid.add(cellView(cell), cell.column() + 1, cell.row() + 1);
        }
    }

    private VBox cellView(MatrixCell cell) {
        VBox box = new VBox(3);
        box.setId(cell.id());
        box.getStyleClass().add("matrix-cell");
        if (cell.quickWin()) {
            box.getStyleClass().add("quick-win");
            Label tag = new Label("Quick win");
            tag.getStyleClass().add("quick-win-tag");
            box.getChildren().add(tag);
        }
        for (String activity : cell.activities()) {
            Label label = new Label(activity);
            label.setWrapText(true);
            label.getStyleClass().add("matrix-activity");
            box.getChildren().add(label);
        }
        box.setAccessibleText(cell.rowLabel() + ", " + cell.columnLabel() + (cell.quickWin() ? " (quick wins)" : "")
                + ": " + (cell.activities().isEmpty() ? "none" : String.join(", ", cell.activities())));
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return box;
    }
}
