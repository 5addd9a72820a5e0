package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @Test
    void savedSettingsComeBack(@TempDir Path home) throws Exception {
        SettingsStore store = new SettingsStore(home);
        assertEquals(Settings.defaults(), store.load(), "first start: defaults");
        assertNull(store.problem());
        Settings settings = Settings.defaults()
                .withRecent("/a.cxwb")
                .withRecent("/b.cxwb")
                .withRecent("/a.cxwb")
                .withProjectorMode(true)
                .withLastFolder("/work")
                .withAutosaveSeconds(60);
        store.save(settings);
        Settings back = new SettingsStore(home).load();
        assertEquals(List.of("/a.cxwb", "/b.cxwb"), back.recentFiles(), "most recent first, no duplicates");
        assertEquals(settings, back);
    }

    @Test
    void aBrokenSettingsFileFallsBackToDefaultsAndSaysSo(@TempDir Path home) throws Exception {
        for (String broken : List.of("{\"recentFiles\": ", "[1,2]", "\u0000\u0000", "{\"recentFiles\": 5}", "null")) {
            Files.writeString(home.resolve(SettingsStore.FILE_NAME), broken);
            SettingsStore store = new SettingsStore(home);
            assertEquals(Settings.defaults(), store.load(), broken);
            assertTrue(store.problem().contains("the defaults are used"), store.problem());
        }
    }

    @Test
    void handEditedValuesAreClampedAndUnknownFieldsIgnored(@TempDir Path home) throws Exception {
        Files.writeString(
                home.resolve(SettingsStore.FILE_NAME),
                "{\"autosaveSeconds\": 1, \"recentFiles\": [null, \"\", \"/x.cxwb\"], \"theme\": \"dark\"}");
        Settings settings = new SettingsStore(home).load();
        assertEquals(5, settings.autosaveSeconds());
        assertEquals(List.of("/x.cxwb"), settings.recentFiles());
        assertEquals(
                30, new Settings(List.of(), 0, false, null).autosaveSeconds(), "missing interval means the default");
        Settings many = Settings.defaults();
        for (int i = 0; i < 20; i++) {
            many = many.withRecent("/f" + i);
        }
        assertEquals(Settings.MAX_RECENT, many.recentFiles().size());
        assertEquals("/f19", many.recentFiles().get(0));
    }
}
