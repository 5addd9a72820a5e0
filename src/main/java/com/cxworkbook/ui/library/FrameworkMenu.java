package com.cxworkbook.ui.library;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Puts the framework library's entries in the File menu, just above Quit. */
public final class FrameworkMenu {

    private FrameworkMenu() {}

    public static void install(Menu fileMenu, FrameworkLibraryViewModel viewModel) {
        List<MenuItem> items = List.of(
                item("New _framework template…", "newFrameworkTemplateMenuItem", viewModel::newTemplate),
                item("_Import framework…", "importFrameworkMenuItem", viewModel::importFramework),
                item("Export framework as _template…", "exportFrameworkTemplateMenuItem", viewModel::exportTemplate),
                item("Export framework as _JSON…", "exportFrameworkJsonMenuItem", viewModel::exportJson),
                new SeparatorMenuItem());
        // above the Quit item (the last one), or at the end when there is none
        int at = fileMenu.getItems().isEmpty() ? 0 : fileMenu.getItems().size() - 1;
        fileMenu.getItems().addAll(at, items);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
