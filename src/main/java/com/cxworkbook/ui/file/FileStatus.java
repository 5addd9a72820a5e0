package com.cxworkbook.ui.file;

import com.cxworkbook.ui.MainViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

/**
 * The file status line: one message and its {@link StatusKind}. A "saved" or "opened" message is cleared
 * once the workbook changes again (an edit or an undo), because it no longer holds then.
 */
final class FileStatus {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> kind = new ReadOnlyObjectWrapper<>(StatusKind.INFO);
    private final ChangeListener<Number> onEdit = (obs, old, revision) -> {
        if (kind.get().staleAfterEdit()) {
            say(StatusKind.INFO, "");
        }
    };

    /** Follows the history of whichever workbook {@code main} has open. */
    FileStatus(MainViewModel main) {
        main.sessionProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.history().revisionProperty().removeListener(onEdit);
            }
            if (now != null) {
                now.history().revisionProperty().addListener(onEdit);
            }
        });
        if (main.sessionProperty().get() != null) {
            main.sessionProperty().get().history().revisionProperty().addListener(onEdit);
        }
    }

    void say(StatusKind kind, String text) {
        this.kind.set(kind);
        this.text.set(text);
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StatusKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }
}
