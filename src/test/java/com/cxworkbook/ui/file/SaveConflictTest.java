package com.cxworkbook.ui.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.app.StartupData;
import com.cxworkbook.domain.Frameworks;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.RecoveryStore;
import com.cxworkbook.persistence.SettingsStore;
import com.cxworkbook.persistence.WorkbookLock;
import com.cxworkbook.persistence.WorkbookStore;
import com.cxworkbook.ui.MainViewModel;
import com.cxworkbook.ui.workbook.AssessmentModel;
import com.cxworkbook.ui.workbook.WorkbookSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two windows on one workbook: the second is told the first has it open, and whichever saves second is
 * asked (overwrite, save a copy, reload) instead of overwriting the other's work.
 */
class SaveConflictTest {

    @TempDir
    Path home;

    @TempDir
    Path docs;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    private final WorkbookStore store = new WorkbookStore();
    private final Set<String> running = new HashSet<>(Set.of("1@first", "2@second"));
    private Path file;

    private record Window(MainViewModel main, FakeDialogs dialogs, FileViewModel files) {
        WorkbookSession session() {
            return main.sessionProperty().get();
        }

        void rate(int value) {
            AssessmentModel icmi = session().assessments().get(0);
            icmi.rate("organizational-alignment", Rating.of(value));
        }
    }

    private Window window(String process) {
        MainViewModel main = new MainViewModel();
        main.loaded(Frameworks.catalog(), StartupData.readSample(), StartupData.SAMPLE_NAME);
        FakeDialogs dialogs = new FakeDialogs();
        WorkbookLock lock = new WorkbookLock(
                new WorkbookLock.Holder("fran", "laptop", process, clock.instant()), running::contains);
        FileViewModel files = new FileViewModel(
                main,
                dialogs,
                FileViewModelTest.INLINE,
                new SettingsStore(home),
                new RecoveryStore(home, process, running::contains),
                lock,
                clock);
        return new Window(main, dialogs, files);
    }

    @BeforeEach
    void aWorkbookOnDisk() throws Exception {
        file = docs.resolve("client.cxwb");
        store.write(StartupData.readSample(), file);
    }

    @Test
    void theSecondWindowIsToldTheFirstHasItOpen() {
        Window first = window("1@first");
        first.files().openFile(file);
        assertTrue(first.dialogs().infos.isEmpty(), first.dialogs().infos.toString());
        Window second = window("2@second");
        second.files().openFile(file);
        assertEquals(1, second.dialogs().infos.size());
        assertTrue(
                second.dialogs().infos.get(0).contains("client.cxwb is also open (fran on laptop since "),
                second.dialogs().infos.get(0));
    }

    @Test
    void savingOverAChangeMadeElsewhereAsksFirstAndCancelKeepsTheOtherVersion() throws Exception {
        Window first = window("1@first");
        Window second = window("2@second");
        first.files().openFile(file);
        second.files().openFile(file);
        first.rate(1);
        first.files().save();
        byte[] firstsVersion = Files.readAllBytes(file);

        second.rate(4);
        second.files().save(); // the fake answers Cancel
        assertEquals(1, second.dialogs().choiceMessages.size());
        String question = second.dialogs().choiceMessages.get(0);
        assertTrue(
                question.startsWith(
                        "client.cxwb on disk is not the version you opened: it was changed since you opened it"),
                question);
        assertTrue(question.contains("compared with yours: 1 rating differ"), question);
        assertTrue(java.util.Arrays.equals(firstsVersion, Files.readAllBytes(file)), "nothing was overwritten");
        assertTrue(second.session().isDirty());
        assertEquals(
                "client.cxwb was not saved: it changed on disk.",
                second.files().statusProperty().get());
    }

    @Test
    void overwriteWritesMineAndLaterSavesDoNotAskAgain() throws Exception {
        Window first = window("1@first");
        Window second = window("2@second");
        first.files().openFile(file);
        second.files().openFile(file);
        first.rate(1);
        first.files().save();
        second.rate(4);
        second.dialogs().choices.push(SaveConflict.Choice.OVERWRITE.label);
        second.files().save();
        assertEquals(Rating.of(4), rating(file));
        assertFalse(second.session().isDirty());
        second.rate(5);
        second.files().save();
        assertEquals(1, second.dialogs().choiceMessages.size(), "its own save is not a change made elsewhere");
        assertEquals(Rating.of(5), rating(file));
    }

    @Test
    void saveAsCopyKeepsTheOtherVersionAndReloadShowsIt() throws Exception {
        Window first = window("1@first");
        Window second = window("2@second");
        first.files().openFile(file);
        second.files().openFile(file);
        first.rate(1);
        first.files().save();

        second.rate(4);
        Path copy = docs.resolve("client (mine).cxwb");
        second.dialogs().choices.push(SaveConflict.Choice.SAVE_COPY.label);
        second.dialogs().saveTargets.push(Optional.of(copy));
        second.files().save();
        assertEquals(Rating.of(1), rating(file), "the other window's version is kept");
        assertEquals(Rating.of(4), rating(copy));

        first.rate(2);
        Files.write(file, store.toBytes(readWith(file, 3))); // edited by another program
        first.dialogs().choices.push(SaveConflict.Choice.RELOAD.label);
        first.files().save();
        assertEquals(Rating.of(3), first.session().assessments().get(0).rating("organizational-alignment"));
        assertFalse(first.session().isDirty());
    }

    @Test
    void aDeletedFileIsAskedAboutToo() throws Exception {
        Window first = window("1@first");
        first.files().openFile(file);
        first.rate(2);
        Files.delete(file);
        first.dialogs().choices.push(SaveConflict.Choice.OVERWRITE.label);
        first.files().save();
        assertTrue(first.dialogs().choiceMessages.get(0).contains("it was deleted, moved or renamed"));
        assertEquals(Rating.of(2), rating(file));
    }

    private Workbook readWith(Path path, int value) throws Exception {
        Workbook workbook = store.read(path);
        workbook.getAssessments().get(0).rate("organizational-alignment", Rating.of(value));
        return workbook;
    }

    private Rating rating(Path path) throws Exception {
        return store.read(path).getAssessments().get(0).getRatings().get("organizational-alignment");
    }
}
