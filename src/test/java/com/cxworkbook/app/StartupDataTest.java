package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.Settings;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which workbook the window opens on: one named on the command line (how a double-clicked .cxwb file
 * arrives), else the most recent one, else the sample.
 */
class StartupDataTest {

    @TempDir
    Path home;

    @TempDir
    Path documents;

    @Test
    void aWorkbookNamedOnTheCommandLineIsOpened() throws Exception {
        Path file = documents.resolve("acme.cxwb");
        new WorkbookStore().write(StartupData.readSample(), file);

        StartupData data = StartupData.load(home, StartupData.requestedFile(List.of(file.toString())));

        assertEquals(file, data.workbookFile());
        assertEquals("acme.cxwb", data.workbookName());
        assertEquals(StartupData.readSample().getClient(), data.workbook().getClient());
    }

    @Test
    void anUnreadableWorkbookIsReportedAndTheUsualStartFollows() throws Exception {
        Path file = documents.resolve("broken.cxwb");
        Files.writeString(file, "{ not json");

        StartupData data = StartupData.load(home, file);

        assertEquals(StartupData.SAMPLE_NAME, data.workbookName());
        assertNull(data.workbookFile());
        assertTrue(
                data.messages().stream().anyMatch(m -> m.startsWith("broken.cxwb was not opened: ")),
                data.messages()::toString);
    }

    @Test
    void optionsAreNotTakenForAFile() {
        assertNull(StartupData.requestedFile(List.of("--verbose", "-Dx=y")));
        assertEquals(Path.of("a.cxwb").toAbsolutePath(), StartupData.requestedFile(List.of("--verbose", "a.cxwb")));
    }

    private Path workbook(String name, String client) throws Exception {
        Workbook workbook = new Workbook();
        workbook.setClient(client);
        Path file = documents.resolve(name);
        new WorkbookStore().write(workbook, file);
        return file;
    }

    @Test
    void firstStartOpensTheSample() {
        StartupData data = StartupData.load(home);
        assertEquals(StartupData.SAMPLE_NAME, data.workbookName());
        assertNull(data.workbookFile(), "the sample has no file: Save asks where");
        assertEquals("Northwind Energy", data.workbook().getClient());
        assertEquals(List.of(), data.messages());
    }

    @Test
    void laterStartsReopenTheMostRecentWorkbook() throws Exception {
        Path recent = workbook("recent.cxwb", "Recent client");
        new SettingsStore(home).save(Settings.defaults().withRecent(recent.toString()));
        StartupData data = StartupData.load(home);
        assertEquals("Recent client", data.workbook().getClient());
        assertEquals(recent, data.workbookFile());
        assertEquals("recent.cxwb", data.workbookName());
    }

    @Test
    void aRecentFileThatIsGoneFallsBackToTheSampleAndSaysWhy() throws Exception {
        Path gone = workbook("gone.cxwb", "Gone");
        new SettingsStore(home).save(Settings.defaults().withRecent(gone.toString()));
        Files.delete(gone);
        StartupData data = StartupData.load(home);
        assertEquals(StartupData.SAMPLE_NAME, data.workbookName());
        assertEquals(1, data.messages().size());
        assertTrue(
                data.messages().get(0).startsWith("Your last workbook was not reopened: gone.cxwb was not found"),
                data.messages().get(0));
    }

    @Test
    void aBrokenSettingsFileStillStartsOnTheSample() throws Exception {
        Files.writeString(home.resolve(SettingsStore.FILE_NAME), "{ not json");
        StartupData data = StartupData.load(home);
        assertEquals(StartupData.SAMPLE_NAME, data.workbookName());
        assertEquals(Settings.defaults(), data.settings());
        assertTrue(
                data.messages().get(0).contains("could not be read"),
                data.messages().get(0));
    }
}
