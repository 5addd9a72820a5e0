package com.cxworkbook.ui.framework;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The framework library: one two-line cell per framework (name; items and source). */
public class FrameworkListView extends ListView<FrameworkRow> {

    private static final double TEXT_MARGIN = 48;

    public FrameworkListView(ObservableList<FrameworkRow> rows) {
        super(rows);
        setId("frameworkList");
        setAccessibleText("Frameworks");
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FrameworkRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(row.name());
                name.getStyleClass().add("list-title");
                // wrap long names inside the list's width instead of scrolling sideways; the margin leaves
                // room for the cell's padding and for the vertical scroll bar a short list (1280×720) shows
                name.setWrapText(true);
                name.maxWidthProperty().bind(getListView().widthProperty().subtract(TEXT_MARGIN));
                Label details = new Label(row.details());
                details.getStyleClass().add("list-detail");
                details.setWrapText(true);
                details.maxWidthProperty().bind(getListView().widthProperty().subtract(TEXT_MARGIN));
                setGraphic(new VBox(2, name, details));
                setAccessibleText(row.name() + ", " + row.details());
            }
        });
    }
}
