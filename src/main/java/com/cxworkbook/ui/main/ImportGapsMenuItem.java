package com.cxworkbook.ui.main;

import com.cxworkbook.ui.DialogService;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.gapimport.GapImportChoice;
import com.cxworkbook.ui.gapimport.GapImportDialog;
import com.cxworkbook.ui.gapimport.GapImportViewModel;
import com.cxworkbook.ui.task.TaskExecutor;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;

/** File → Import gap sheet from Excel…: reads the client's edited gap sheet back, with a review of the changes. */
final class ImportGapsMenuItem {

    private ImportGapsMenuItem() {}

    static MenuItem create(MainViewModel viewModel, Supplier<DialogService> dialogs) {
        GapImportViewModel gapImport = new GapImportViewModel(
                viewModel.sessionProperty(), dialogs, TaskExecutor.parallel("gap-import"), review -> dialogs.get()
                        .showDialog(new GapImportDialog(review))
                        .orElse(GapImportChoice.CANCEL));
        MenuItem item = new MenuItem("_Import gap sheet from Excel…");
        item.setId("importGapSheetMenuItem");
        item.disableProperty().bind(gapImport.canImportProperty().not());
        item.setOnAction(e -> gapImport.importGaps());
        return item;
    }
}
