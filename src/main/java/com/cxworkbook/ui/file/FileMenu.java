package com.cxworkbook.ui.file;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** Puts New, Open…, Open Recent, Save, Save As… and Workbook details… at the top of the File menu. */
public final class FileMenu {

    private FileMenu() {}

    public static void install(Menu fileMenu, FileViewModel viewModel) {
        Menu recent = new Menu("Open _Recent");
        recent.setId("openRecentMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            int index = 0;
            for (Path file : viewModel.recentFiles()) {
                MenuItem item =
                        new MenuItem(file.getFileName() + "  —  " + (file.getParent() == null ? "" : file.getParent()));
                item.setId("recentFile-" + index++);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> viewModel.openRecent(file));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        fileMenu.getItems()
                .addAll(
                        0,
                        List.of(
                                item("_New", "newMenuItem", "Shortcut+N", viewModel::newWorkbook),
                                item("_Open…", "openMenuItem", "Shortcut+O", viewModel::open),
                                recent,
                                new SeparatorMenuItem(),
                                item("_Save", "saveMenuItem", "Shortcut+S", viewModel::save),
                                item("Save _As…", "saveAsMenuItem", "Shortcut+Shift+S", viewModel::saveAs),
                                new SeparatorMenuItem(),
                                item(
                                        "Workbook _details…",
                                        "detailsMenuItem",
                                        null,
                                        () -> viewModel.editDetails(
                                                current -> viewModel.dialogs().showDialog(new DetailsDialog(current)))),
                                new SeparatorMenuItem()));
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
