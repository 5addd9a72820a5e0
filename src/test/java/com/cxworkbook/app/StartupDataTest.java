package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.persistence.WorkbookStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook named on the command line (how a double-clicked .cxwb file arrives) is what the app opens. */
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
        assertTrue(data.messages().stream().anyMatch(m -> m.startsWith("broken.cxwb was not opened: ")), data.messages()::toString);
    }

    @Test
    void optionsAreNotTakenForAFile() {
        assertNull(StartupData.requestedFile(List.of("--verbose", "-Dx=y")));
        assertEquals(Path.of("a.cxwb").toAbsolutePath(), StartupData.requestedFile(List.of("--verbose", "a.cxwb")));
    }
}
