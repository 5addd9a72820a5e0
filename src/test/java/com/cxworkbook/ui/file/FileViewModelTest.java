package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.DialogService.SaveChoice;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookDetails;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's logic without the toolkit: background work runs inline, dialogs are faked. */
class FileViewModelTest {

    /** Runs "background" work at once on the calling thread, so a test reads top to bottom. */
    static final Background INLINE = new Background() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };

    @TempDir
    Path home;

    @TempDir
    Path docs;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    private final WorkbookStore store = new WorkbookStore();
    private MainViewModel main;
    private FileViewModel files;

    @BeforeEach
    void openSample() {
        main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        files = viewModel("1@this-run");
    }

    private FileViewModel viewModel(String process) {
        return new FileViewModel(
                main, dialogs, INLINE, new SettingsStore(home), new RecoveryStore(home, process), clock);
    }

    private WorkbookSession session() {
        return main.sessionProperty().get();
    }

    private void rateSomething(int value) {
        AssessmentModel icmi = session().assessments().get(0);
        icmi.rate(icmi.framework().items().get(0).id(), Rating.of(value));
    }

    @Test
    void theTitleShowsTheNameAndADirtyMarker() {
        assertEquals(
                "Sample workshop (Northwind Energy) — CX Maturity Workbook",
                main.titleProperty().get());
        rateSomething(5);
        assertEquals(
                "• Sample workshop (Northwind Energy) — CX Maturity Workbook",
                main.titleProperty().get());
        session().history().undo();
        assertEquals(
                "Sample workshop (Northwind Energy) — CX Maturity Workbook",
                main.titleProperty().get(),
                "undone back to the saved state: nothing to save");
        session().history().redo();
        assertTrue(main.titleProperty().get().startsWith("• "));
    }

    @Test
    void savingTheSampleAsksWhereThenSavesThereAndRemembersIt() throws Exception {
        rateSomething(5);
        Path target = docs.resolve("northwind");
        dialogs.saveTargets.push(Optional.of(target));
        files.save();
        assertEquals(List.of("save as Northwind Energy 2026-11-23.cxwb"), dialogs.asked);
        Path saved = docs.resolve("northwind.cxwb");
        assertEquals(saved, session().file(), ".cxwb added");
        assertFalse(session().isDirty());
        assertEquals(
                "northwind.cxwb — CX Maturity Workbook", main.titleProperty().get());
        assertEquals(
                Rating.of(5),
                store.read(saved).getAssessments().get(0).getRatings().get("organizational-alignment"));
        assertEquals(List.of(saved.toString()), new SettingsStore(home).load().recentFiles());
        assertEquals(List.of(saved), files.recentFiles());
        assertEquals("Saved northwind.cxwb at 10:15", files.statusProperty().get());

        rateSomething(1);
        files.save();
        assertEquals(1, dialogs.asked.size(), "a workbook with a file saves without asking");
        assertTrue(Files.exists(WorkbookStore.backupOf(saved)));
        assertTrue(session().history().canUndoProperty().get(), "undo survives a save");
        session().history().undo();
        assertTrue(session().isDirty());
        assertEquals(Rating.of(5), session().assessments().get(0).rating("organizational-alignment"));
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsEverything() {
        rateSomething(5);
        WorkbookSession before = session();
        dialogs.saveChoices.push(SaveChoice.CANCEL);
        files.newWorkbook();
        assertEquals(List.of("save changes to Sample workshop (Northwind Energy)"), dialogs.asked);
        assertSame(before, session());
        assertTrue(session().isDirty());
    }

    @Test
    void dontSaveDropsTheChanges() {
        rateSomething(5);
        dialogs.saveChoices.push(SaveChoice.DONT_SAVE);
        files.newWorkbook();
        assertEquals("Untitled — CX Maturity Workbook", main.titleProperty().get());
        assertTrue(session().workbook().getAssessments().isEmpty());
    }

    @Test
    void saveFirstThenProceedButNotWhenTheChooserIsCancelled() throws Exception {
        rateSomething(5);
        WorkbookSession before = session();
        dialogs.saveChoices.push(SaveChoice.SAVE);
        dialogs.saveTargets.push(Optional.empty());
        files.newWorkbook();
        assertSame(before, session(), "chooser cancelled: nothing saved, nothing replaced");

        dialogs.saveChoices.push(SaveChoice.SAVE);
        dialogs.saveTargets.push(Optional.of(docs.resolve("kept.cxwb")));
        files.newWorkbook();
        assertNotSame(before, session());
        assertEquals(
                Rating.of(5),
                store.read(docs.resolve("kept.cxwb"))
                        .getAssessments()
                        .get(0)
                        .getRatings()
                        .get("organizational-alignment"));
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheWorkbookOpenAndDirty() {
        rateSomething(5);
        dialogs.saveChoices.push(SaveChoice.SAVE);
        dialogs.saveTargets.push(Optional.of(docs.resolve("no-such-folder/x.cxwb")));
        WorkbookSession before = session();
        files.newWorkbook();
        assertSame(before, session());
        assertTrue(session().isDirty());
        assertEquals(1, dialogs.errors.size());
        assertTrue(
                dialogs.errors.get(0).contains("x.cxwb could not be saved: the folder is no longer there"),
                dialogs.errors.get(0));
    }

    @Test
    void openingABrokenFileShowsOneClearLineAndChangesNothing() throws Exception {
        Path broken = docs.resolve("broken.cxwb");
        Files.writeString(broken, "{\"formatVersion\": 7, \"assessments\": []}");
        byte[] bytes = Files.readAllBytes(broken);
        WorkbookSession before = session();
        dialogs.openTargets.push(Optional.of(broken));
        files.open();
        assertSame(before, session());
        assertEquals(
                List.of(
                        "Could not open broken.cxwb: broken.cxwb was made by a newer version of CX Maturity Workbook"
                                + " (file format 7; this app reads up to 1). Update the app to open it. The file has not been changed."),
                dialogs.errors);
        assertArrayEquals(bytes, Files.readAllBytes(broken));
    }

    @Test
    void aMissingRecentFileIsReportedAndForgotten() throws Exception {
        Path gone = docs.resolve("gone.cxwb");
        store.write(new Workbook(), gone);
        files.openRecent(gone);
        assertEquals(List.of(gone), files.recentFiles());
        Files.delete(gone);
        files.openRecent(gone);
        assertTrue(
                dialogs.errors.get(0).startsWith("Could not open gone.cxwb: gone.cxwb was not found"),
                dialogs.errors.toString());
        assertEquals(List.of(), files.recentFiles());
    }

    @Test
    void openingAWorkbookWithAnUnknownFrameworkSaysWhatWasLeftOut() throws Exception {
        Path mixed = docs.resolve("mixed.cxwb");
        Files.writeString(
                mixed,
                """
                {"formatVersion": 1, "client": "Mixed", "assessments": [
                  {"id": "a", "frameworkId": "icmi-cx-maturity", "frameworkVersion": "1.0", "ratings": {}},
                  {"id": "b", "frameworkId": "cx-2030", "title": "CX 2030", "ratings": {"x": 3}}]}
                """);
        files.openRecent(mixed);
        assertEquals("Mixed", session().workbook().getClient());
        assertEquals(1, session().assessments().size());
        assertEquals(
                List.of("Opened mixed.cxwb with changes to note: “CX 2030” uses the framework cx-2030, which this app"
                        + " does not have; it was left out and is kept unchanged in the file."),
                dialogs.infos);
    }

    @Test
    void autosaveWritesTheRecoveryFileOnlyWhenThereIsSomethingNew() throws Exception {
        RecoveryStore otherProcess = new RecoveryStore(home, "2@next-run");
        files.autosave();
        assertTrue(otherProcess.find().isEmpty(), "nothing unsaved, nothing written");
        rateSomething(5);
        files.autosave();
        Path copy = otherProcess.find().orElseThrow().workbookFile();
        assertTrue(Files.exists(copy));
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(0));
        files.autosave();
        assertEquals(0, Files.getLastModifiedTime(copy).toMillis(), "no change since the last autosave: not rewritten");
        assertEquals("Autosaved at 10:15", files.statusProperty().get());
    }

    @Test
    void afterACrashTheNextStartOffersTheWorkAndRestoresItAsUnsaved() throws Exception {
        Path file = docs.resolve("client.cxwb");
        dialogs.saveTargets.push(Optional.of(file));
        files.saveAs();
        rateSomething(2);
        files.autosave();
        // crash: no requestClose. The next start opens the sample again and finds the copy.

        main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        FileViewModel next = viewModel("2@next-run");
        next.checkForRecovery();
        Workbook sample = StartupData.readSample();
        int ratings = sample.getAssessments().stream()
                .mapToInt(a -> a.getRatings().size())
                .sum();
        assertEquals(
                "Unsaved work from a session that did not close properly: “Northwind Energy” (client.cxwb), "
                        + sample.getAssessments().size() + " assessments, " + ratings
                        + " ratings, autosaved 23 Nov 2026 at 10:15.",
                next.recoveryOfferProperty().get().text());
        next.restoreRecovery();
        assertNull(next.recoveryOfferProperty().get());
        assertEquals(file, session().file(), "Save goes back to the file the work came from");
        assertTrue(session().isDirty());
        assertEquals(
                "• client.cxwb — CX Maturity Workbook", main.titleProperty().get());
        assertEquals(Rating.of(2), session().assessments().get(0).rating("organizational-alignment"));
        next.save();
        assertEquals(
                Rating.of(2),
                store.read(file).getAssessments().get(0).getRatings().get("organizational-alignment"));
        assertTrue(new RecoveryStore(home, "3@later").find().isEmpty(), "saved: nothing left to recover");
    }

    @Test
    void discardingTheOfferRemovesTheRecoveryFile() throws Exception {
        rateSomething(2);
        files.autosave();
        FileViewModel next = viewModel("2@next-run");
        next.checkForRecovery();
        next.discardRecovery();
        assertNull(next.recoveryOfferProperty().get());
        assertTrue(new RecoveryStore(home, "3@later").find().isEmpty());
    }

    @Test
    void aCleanExitAsksAboutChangesAndRemovesTheRecoveryFile() throws Exception {
        rateSomething(2);
        files.autosave();
        AtomicBoolean exited = new AtomicBoolean();
        dialogs.saveChoices.push(SaveChoice.CANCEL);
        files.requestClose(() -> exited.set(true));
        assertFalse(exited.get(), "cancel keeps the window open");
        dialogs.saveChoices.push(SaveChoice.DONT_SAVE);
        files.requestClose(() -> exited.set(true));
        assertTrue(exited.get());
        assertTrue(new RecoveryStore(home, "3@later").find().isEmpty());
    }

    @Test
    void detailsAreEditedAsOneUndoableStep() {
        WorkbookDetails before = WorkbookDetails.of(session().workbook());
        String firstId = before.participants().get(0).id();
        WorkbookDetails after = new WorkbookDetails(
                "Contoso",
                "Fran",
                java.time.LocalDate.of(2027, 1, 15),
                List.of(
                        new WorkbookDetails.Person(firstId, "Priya Shah-Lee", "COO"),
                        new WorkbookDetails.Person(null, "New Person", "Sales")));
        dialogs.details.push(Optional.of(after));
        files.editDetails(dialogs::editDetails);
        Workbook workbook = session().workbook();
        assertEquals("Contoso", workbook.getClient());
        assertEquals(2, workbook.getParticipants().size());
        assertEquals(firstId, workbook.getParticipants().get(0).getId(), "same person, so their ratings stay theirs");
        assertEquals("Priya Shah-Lee", workbook.getParticipants().get(0).getName());
        assertTrue(
                main.clientLineProperty().get().startsWith("Contoso · 2027-01-15"),
                main.clientLineProperty().get());
        assertTrue(session().isDirty());
        assertEquals(
                "Undo edit workbook details",
                session().history().undoTextProperty().get());

        session().history().undo();
        assertEquals(before, WorkbookDetails.of(workbook));
        assertTrue(main.clientLineProperty().get().startsWith("Northwind Energy"));
        session().history().redo();
        assertEquals(after.client(), workbook.getClient());
    }

    @Test
    void theAppStartsOutsideTheRoomViewEvenIfItWasLeftInIt() throws Exception {
        main.projectorModeProperty().set(true);
        // what an older version saved when it was closed in the room view
        new SettingsStore(home).save(new SettingsStore(home).load().withProjectorMode(true));

        MainViewModel nextStart = new MainViewModel();
        nextStart.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        FileViewModel next = new FileViewModel(
                nextStart, dialogs, INLINE, new SettingsStore(home), new RecoveryStore(home, "2@next"), clock);
        next.useSettings(new SettingsStore(home).load());
        assertFalse(nextStart.projectorModeProperty().get(), "no full screen at start");
    }
}
