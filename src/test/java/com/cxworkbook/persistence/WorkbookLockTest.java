package com.cxworkbook.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock beside an open workbook: a second window learns of the first; crashed windows' locks are stale. */
class WorkbookLockTest {

    @TempDir
    Path dir;

    private final Set<String> running = new HashSet<>(Set.of("1@a", "2@b"));

    private WorkbookLock instance(String process, String host) {
        return new WorkbookLock(new WorkbookLock.Holder("fran", host, process, Instant.now()), running::contains);
    }

    @Test
    void aSecondInstanceIsToldWhoHasTheWorkbookOpen() throws Exception {
        Path workbook = Files.writeString(dir.resolve("w.cxwb"), "{}");
        WorkbookLock first = instance("1@a", "laptop");
        assertNull(first.acquire(workbook).otherHolder());
        assertTrue(Files.exists(WorkbookLock.lockFileOf(workbook)));

        WorkbookLock.Result second = instance("2@b", "laptop").acquire(workbook);
        assertEquals("1@a", second.otherHolder().process());
        assertEquals("fran", second.otherHolder().user());

        instance("2@b", "laptop").release(workbook);
        assertTrue(Files.exists(WorkbookLock.lockFileOf(workbook)), "the second may not remove the first's lock");
        first.release(workbook);
        assertFalse(Files.exists(WorkbookLock.lockFileOf(workbook)));
    }

    @Test
    void aLockOfACrashedProcessOnThisMachineIsStaleOneFromAnotherMachineIsReported() throws Exception {
        Path workbook = Files.writeString(dir.resolve("w.cxwb"), "{}");
        instance("1@a", "laptop").acquire(workbook);
        running.remove("1@a");
        WorkbookLock.Result result = instance("2@b", "laptop").acquire(workbook);
        assertNull(result.otherHolder());
        assertTrue(result.staleRemoved());

        WorkbookLock.Result colleague = instance("7@x", "colleagues-pc").acquire(workbook);
        assertEquals("laptop", colleague.otherHolder().host(), "another machine's process cannot be checked");
    }

    @Test
    void aFolderThatCannotTakeALockStillOpens() {
        Path workbook = dir.resolve("missing-folder/w.cxwb");
        assertNull(instance("1@a", "laptop").acquire(workbook).otherHolder());
    }
}
