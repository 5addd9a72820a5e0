package com.cxworkbook.ui.export;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;

/**
 * The export's controls: File → "Export to Excel…", "Export summary (PDF)…" and a bar under the window showing progress with a
 * Cancel button while an export runs, then its outcome. Binds to {@link ExportViewModel} only.
 */
public class ExportControls {

    private final MenuItem menuItem = new MenuItem("_Export to Excel…");
    private final MenuItem summaryItem = new MenuItem("Export _summary (PDF)…");
    private final HBox bar;

    public ExportControls(ExportViewModel viewModel) {
        menuItem.setId("exportMenuItem");
        menuItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        menuItem.disableProperty().bind(viewModel.canExportProperty().not());
        menuItem.setOnAction(e -> viewModel.export());
        summaryItem.setId("exportSummaryMenuItem");
        summaryItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        summaryItem.disableProperty().bind(viewModel.canExportProperty().not());
        summaryItem.setOnAction(e -> viewModel.exportSummary());

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setAccessibleText("Export progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(viewModel.statusProperty());
        Button cancel = new Button("Cancel export");
        cancel.setId("cancelExportButton");
        cancel.setAccessibleText("Cancel the export");
        cancel.visibleProperty().bind(viewModel.runningProperty());
        cancel.managedProperty().bind(viewModel.runningProperty());
        cancel.setOnAction(e -> viewModel.cancel());
        bar = new HBox(8, progress, status, cancel);
        bar.setId("exportBar");
        bar.getStyleClass().add("export-bar");
        bar.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
    }

    public MenuItem menuItem() {
        return menuItem;
    }

    public MenuItem summaryItem() {
        return summaryItem;
    }

    public HBox bar() {
        return bar;
    }
}
