package com.cxworkbook.ui.workshop;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Table of agreed, group and participant scores: the perception gap at a glance. */
public class PerceptionGapView extends VBox {

    public PerceptionGapView(String title, List<PerceptionGap.Row> rows) {
        super(10);
        setId("perceptionGapView");
        setPadding(new Insets(16));
        Label heading = new Label(title);
        heading.getStyleClass().add("heading");
        TableView<PerceptionGap.Row> table = new TableView<>();
        table.setId("perceptionGapTable");
        table.getColumns().add(column("", PerceptionGap.Row::kind, 110));
        table.getColumns().add(column("Who", PerceptionGap.Row::who, 320));
        table.getColumns().add(column("Score", PerceptionGap.Row::score, 120));
        table.getColumns().add(column("Stage / level", PerceptionGap.Row::stage, 240));
        table.getColumns().add(column("vs agreed", PerceptionGap.Row::difference, 100));
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label("No participant has entered ratings yet (Workshop → Private entry)."));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
    }

    private static TableColumn<PerceptionGap.Row, String> column(
            String title, Function<PerceptionGap.Row, String> value, double width) {
        TableColumn<PerceptionGap.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
