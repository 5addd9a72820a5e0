package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.testing.Gc;
import com.cxworkbook.ui.MainViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** File → Open Recent keeps following the recent files after garbage collections (it stopped after the first). */
class OpenRecentGcTest {

    @TempDir
    Path home;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // menus need the toolkit, not a window
    }

    @Test
    void theMenuStillUpdatesAfterGarbageCollection() {
        MainViewModel main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        FileViewModel files = new FileViewModel(
                main,
                new FakeDialogs(),
                FileViewModelTest.INLINE,
                new SettingsStore(home),
                new RecoveryStore(home, "1@test"),
                Clock.systemUTC());
        Menu fileMenu = new Menu("File");
        FileMenu.install(fileMenu, files);
        Menu recent = (Menu) fileMenu.getItems().stream()
                .filter(i -> "openRecentMenu".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(0, recent.getItems().size());

        Gc.collect();
        files.changeSettings(
                files.settingsProperty().get().withRecent(home.resolve("a.cxwb").toString()));
        Gc.collect();
        files.changeSettings(
                files.settingsProperty().get().withRecent(home.resolve("b.cxwb").toString()));

        List<String> shown = recent.getItems().stream().map(MenuItem::getText).toList();
        assertEquals(2, shown.size(), shown.toString());
        assertEquals(true, shown.get(0).startsWith("b.cxwb"), shown.toString());
    }
}
