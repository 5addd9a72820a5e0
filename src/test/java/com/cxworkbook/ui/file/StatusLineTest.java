package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file status line says what kind of message it shows and drops messages that no longer hold. */
class StatusLineTest {

    @TempDir
    Path home;

    @TempDir
    Path docs;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel main;
    private FileViewModel files;

    @BeforeEach
    void openSample() {
        main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        files = new FileViewModel(
                main,
                dialogs,
                FileViewModelTest.INLINE,
                new SettingsStore(home),
                new RecoveryStore(home, "1@this-run"),
                Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC));
    }

    private void rate(int value) {
        AssessmentModel icmi = main.sessionProperty().get().assessments().get(0);
        icmi.rate(icmi.framework().items().get(0).id(), Rating.of(value));
    }

    @Test
    void savedIsASuccessAndIsClearedByTheNextChangeOrAnUndo() {
        rate(4);
        dialogs.saveTargets.push(Optional.of(docs.resolve("w.cxwb")));
        files.save();
        assertEquals("Saved w.cxwb at 10:15", files.statusProperty().get());
        assertEquals(StatusKind.SUCCESS, files.statusKindProperty().get());

        main.sessionProperty().get().history().undo();
        assertEquals("", files.statusProperty().get(), "after an undo the workbook is no longer as saved");
    }

    @Test
    void anAutosaveFailureIsAnErrorAndStaysUntilSomethingReplacesIt() throws Exception {
        Path blocked = home.resolve("blocked");
        Files.writeString(blocked, "a file where the recovery folder should be");
        files = new FileViewModel(
                main,
                dialogs,
                FileViewModelTest.INLINE,
                new SettingsStore(home),
                new RecoveryStore(blocked, "1@this-run"),
                Clock.systemUTC());
        rate(5);
        files.autosave();
        assertTrue(
                files.statusProperty().get().startsWith("Autosave failed"),
                "status: " + files.statusProperty().get());
        assertEquals(StatusKind.ERROR, files.statusKindProperty().get());
        rate(2);
        assertTrue(files.statusProperty().get().startsWith("Autosave failed"), "an error is not dropped by an edit");
    }

    @Test
    void openAndSaveAsStartInTheWorkbooksFolder() throws Exception {
        rate(4);
        Path folder = Files.createDirectories(docs.resolve("client-a"));
        dialogs.saveTargets.push(Optional.of(folder.resolve("w.cxwb")));
        files.save();
        assertEquals(folder, files.choosersFolder());
    }
}
