package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    private final WorkbookStore store = new WorkbookStore();

    @Test
    void aCopyLeftByACrashedSessionIsFoundWithWhatAndWhen(@TempDir Path home) throws Exception {
        Workbook workbook = WorkbookStoreTest.full();
        Instant savedAt = Instant.parse("2026-11-23T10:15:30Z");
        Path source = home.resolve("clients/northwind.cxwb");
        new RecoveryStore(home, "111@crashed").save(store.toBytes(workbook), source, "northwind.cxwb", savedAt);

        RecoveryStore nextStart = new RecoveryStore(home, "222@next");
        RecoveryStore.Recovery recovery = nextStart.find().orElseThrow();
        assertEquals(savedAt, recovery.info().savedAt());
        assertEquals(source.toAbsolutePath().toString(), recovery.info().sourceFile());
        assertEquals("northwind.cxwb", recovery.info().workbookName());
        Workbook restored = store.read(recovery.workbookFile());
        assertEquals(workbook.getClient(), restored.getClient());
        assertEquals(
                workbook.getAssessments().get(0).getRatings(),
                restored.getAssessments().get(0).getRatings());

        nextStart.discard(recovery);
        assertEquals(Optional.empty(), nextStart.find(), "restored or discarded: nothing left to offer");
        try (var files = Files.list(home.resolve(RecoveryStore.FOLDER))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void theRunningProcessIsNotOfferedItsOwnAutosave(@TempDir Path home) throws Exception {
        RecoveryStore self = new RecoveryStore(home, "333@me");
        self.save(store.toBytes(new Workbook()), null, "Untitled", Instant.now());
        assertTrue(self.find().isEmpty());
        assertTrue(new RecoveryStore(home, "444@other").find().isPresent());
    }

    @Test
    void aMissingInfoFileStillOffersTheWorkbookDatedByTheFile(@TempDir Path home) throws Exception {
        RecoveryStore crashed = new RecoveryStore(home, "1@a");
        crashed.save(store.toBytes(new Workbook()), null, "Untitled", Instant.now());
        Files.writeString(crashed.infoFile(), "{ broken");
        RecoveryStore.Recovery recovery = new RecoveryStore(home, "2@b").find().orElseThrow();
        assertEquals(
                Files.getLastModifiedTime(recovery.workbookFile()).toInstant(),
                recovery.info().savedAt());
    }

    @Test
    void autosaveKeepsNoBackupFiles(@TempDir Path home) throws Exception {
        RecoveryStore recovery = new RecoveryStore(home, "1@a");
        recovery.save(store.toBytes(new Workbook()), null, "Untitled", Instant.now());
        recovery.save(store.toBytes(new Workbook()), null, "Untitled", Instant.now());
        try (var files = Files.list(home.resolve(RecoveryStore.FOLDER))) {
            assertEquals(2, files.count(), "the instance's .cxwb and .json only");
        }
    }

    @Test
    void twoInstancesKeepTheirOwnCopiesAndNeverDeleteEachOthers(@TempDir Path home) throws Exception {
        java.util.Set<String> running = new java.util.HashSet<>(java.util.Set.of("1@first", "2@second"));
        RecoveryStore first = new RecoveryStore(home, "1@first", running::contains);
        RecoveryStore second = new RecoveryStore(home, "2@second", running::contains);
        Workbook mine = new Workbook();
        mine.setClient("First's client");
        first.save(store.toBytes(mine), null, "first.cxwb", Instant.parse("2026-11-23T10:00:00Z"));
        Workbook theirs = new Workbook();
        theirs.setClient("Second's client");
        second.save(store.toBytes(theirs), null, "second.cxwb", Instant.parse("2026-11-23T10:05:00Z"));

        second.clear(); // the second window opens another workbook, saves, or exits cleanly
        assertTrue(Files.exists(first.workbookFile()), "the first instance's copy survives the second's clean exit");
        assertTrue(second.find().isEmpty(), "a running instance's copy is not a crash");

        running.remove("1@first"); // the first instance crashes
        RecoveryStore.Recovery found =
                new RecoveryStore(home, "3@third", running::contains).find().orElseThrow();
        assertEquals("first.cxwb", found.info().workbookName());
        assertEquals("First's client", store.read(found.workbookFile()).getClient());
    }

    @Test
    void aCopyFromAnOlderVersionDirectlyInTheHomeFolderIsStillFound(@TempDir Path home) throws Exception {
        Files.write(home.resolve(RecoveryStore.WORKBOOK_FILE), store.toBytes(new Workbook()));
        assertTrue(new RecoveryStore(home, "9@now").find().isPresent());
    }

    @Test
    void processIdsOfThisProcessAreRunningOthersNot() {
        assertTrue(ProcessIds.isRunning(ProcessIds.current()));
        assertFalse(ProcessIds.isRunning(ProcessHandle.current().pid() + "@1999-01-01T00:00:00Z"), "a recycled pid");
        assertFalse(ProcessIds.isRunning("garbage"));
    }
}
