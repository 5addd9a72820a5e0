package com.cxworkbook.ui.file;

import com.cxworkbook.persistence.Settings;
import com.cxworkbook.persistence.SettingsStore;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings as the File menu uses them: the recent files (Open Recent), the last folder, written in the
 * background whenever they change. A failed write only costs the convenience and is told in the status line.
 */
final class RecentFiles {

    private final Background background;
    private final SettingsStore store;
    private final BiConsumer<StatusKind, String> status;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(Settings.defaults());
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /**
     * One read-only view for every caller: the view listens to {@link #recent} only weakly, so handing out a
     * new wrapper per call let a listener (the Open Recent menu) be collected with its wrapper.
     */
    private final ObservableList<Path> readOnlyRecent = FXCollections.unmodifiableObservableList(recent);

    RecentFiles(Background background, SettingsStore store, BiConsumer<StatusKind, String> status) {
        this.background = background;
        this.store = store;
        this.status = status;
        settings.addListener((obs, old, now) ->
                recent.setAll(now.recentFiles().stream().map(Path::of).toList()));
    }

    void use(Settings loaded) {
        settings.set(loaded);
    }

    Settings current() {
        return settings.get();
    }

    /** Puts {@code file} first in Open Recent and its folder as the one choosers start in. */
    void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        change(settings.get()
                .withRecent(absolute.toString())
                .withLastFolder(folder == null ? null : folder.toString()));
    }

    void forget(Path file) {
        change(settings.get().withoutRecent(file.toAbsolutePath().toString()));
    }

    /** Changes settings and writes them in the background. */
    void change(Settings changed) {
        settings.set(changed);
        background.run(
                () -> {
                    store.save(changed);
                    return null;
                },
                ok -> {},
                error -> status.accept(
                        StatusKind.WARNING, "Settings could not be saved: " + FileMessages.reason(error)));
    }

    Path lastFolder() {
        String folder = settings.get().lastFolder();
        return folder == null ? null : Path.of(folder);
    }

    ReadOnlyObjectProperty<Settings> property() {
        return settings.getReadOnlyProperty();
    }

    ObservableList<Path> list() {
        return readOnlyRecent;
    }
}
