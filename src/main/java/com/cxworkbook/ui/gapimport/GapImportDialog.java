package com.cxworkbook.ui.gapimport;

import com.cxworkbook.domain.GapChange;
import com.cxworkbook.export.GapImport;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The review of an edited gap sheet: one line per changed field (assessment, activity, field, now → from
 * the file), the problems found (sheet, row, column) and the choice to apply everything, only the valid
 * rows (when there are problems) or nothing.
 */
public class GapImportDialog extends Dialog<GapImportChoice> {

    /** Owned by the window that shows it ({@code DialogService.showDialog}). */
    public GapImportDialog(GapImport review) {
        setTitle(GapImportViewModel.TITLE);
        setResizable(true);
        getDialogPane().setId("gapImportDialog");
        int rows = (int) review.changes().stream()
                .map(c -> c.assessmentId() + "/" + c.itemId())
                .distinct()
                .count();
        setHeaderText(review.changes().size() + " change" + (review.changes().size() == 1 ? "" : "s") + " in " + rows
                + " activit" + (rows == 1 ? "y" : "ies") + " from " + review.fileName()
                + (review.hasProblems()
                        ? "; " + review.problems().size() + " problem"
                                + (review.problems().size() == 1 ? "" : "s")
                        : ""));

        TableView<GapChange> table = new TableView<>();
        table.setId("gapImportChanges");
        table.getItems().setAll(review.changes());
        table.getColumns().add(column("Assessment", 160, GapChange::assessmentTitle));
        table.getColumns().add(column("Activity", 200, GapChange::activity));
        table.getColumns().add(column("Field", 130, c -> c.field().label()));
        table.getColumns().add(column("Now", 160, c -> GapChange.label(c.before())));
        table.getColumns().add(column("From the file", 160, c -> GapChange.label(c.after())));
        table.setPrefHeight(280);
        table.setPlaceholder(new Label("No changes in the rows without problems."));
        VBox content = new VBox(8, table);
        VBox.setVgrow(table, Priority.ALWAYS);

        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType apply;
        if (review.hasProblems()) {
            Label heading = new Label("Not taken (the rows below change nothing until they are fixed in the file):");
            heading.getStyleClass().add("import-problems-heading");
            ListView<String> problems = new ListView<>();
            problems.setId("gapImportProblems");
            problems.getItems()
                    .setAll(review.problems().stream()
                            .map(GapImportViewModel::describe)
                            .toList());
            problems.setPrefHeight(Math.min(160, 28 + 24 * review.problems().size()));
            content.getChildren().addAll(heading, problems);
            apply = new ButtonType(
                    "Apply the valid rows (" + review.changes().size() + ")", ButtonBar.ButtonData.OK_DONE);
        } else {
            apply = new ButtonType(
                    "Apply " + review.changes().size() + " change"
                            + (review.changes().size() == 1 ? "" : "s"),
                    ButtonBar.ButtonData.OK_DONE);
        }
        content.setPrefWidth(840);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(apply, cancel);
        getDialogPane().lookupButton(apply).setId("applyImportButton");
        getDialogPane().lookupButton(apply).setDisable(review.changes().isEmpty());
        getDialogPane().lookupButton(cancel).setId("cancelImportButton");
        GapImportChoice onApply = review.hasProblems() ? GapImportChoice.APPLY_VALID_ROWS : GapImportChoice.APPLY;
        setResultConverter(button -> button == apply ? onApply : GapImportChoice.CANCEL);
    }

    private static TableColumn<GapChange, String> column(String title, double width, Function<GapChange, String> text) {
        TableColumn<GapChange, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
