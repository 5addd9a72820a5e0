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
        assertEquals(workbook.getAssessments().get(0).getRatings(), restored.getAssessments().get(0).getRatings());

        nextStart.clear();
        assertEquals(Optional.empty(), nextStart.find(), "a clean exit leaves nothing to offer");
        try (var files = Files.list(home)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith("recovery")));
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
        assertEquals(Files.getLastModifiedTime(recovery.workbookFile()).toInstant(), recovery.info().savedAt());
    }

    @Test
    void autosaveKeepsNoBackupFiles(@TempDir Path home) throws Exception {
        RecoveryStore recovery = new RecoveryStore(home, "1@a");
        recovery.save(store.toBytes(new Workbook()), null, "Untitled", Instant.now());
        recovery.save(store.toBytes(new Workbook()), null, "Untitled", Instant.now());
        try (var files = Files.list(home)) {
            assertEquals(2, files.count(), "recovery.cxwb and recovery.json only");
        }
    }
}
