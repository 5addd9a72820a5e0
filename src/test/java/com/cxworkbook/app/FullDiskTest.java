package com.cxworkbook.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cxworkbook.domain.Workbook;
import com.cxworkbook.persistence.WorkbookStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving and exporting onto a disk that is really full: a tiny tmpfs, filled up. Needs a Linux machine where
 * the tests may mount (root, as in the project's build container); elsewhere the test is skipped, and
 * AtomicFileWriterTest, WorkbookStoreTest and ExportLimitsTest cover the same paths with a writer that fails
 * as a full disk does.
 */
class FullDiskTest {

    private static final String DISK_SIZE = "1m";

    @TempDir
    Path scratch;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountATinyDisk() throws Exception {
        Assumptions.assumeTrue(
                System.getProperty("os.name", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("linux"),
                "tmpfs is Linux only");
        disk = Files.createDirectory(scratch.resolve("tiny"));
        int exit = command("mount", "-t", "tmpfs", "-o", "size=" + DISK_SIZE + ",mode=0700", "tmpfs", disk.toString());
        mounted = exit == 0;
        Assumptions.assumeTrue(mounted, "cannot mount a tmpfs here (not root, or no permission in this container)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted && command("umount", disk.toString()) != 0) {
            // something still has a file open on it: detach now, freed when closed
            assertEquals(0, command("umount", "-l", disk.toString()), "could not unmount " + disk);
        }
    }

    @Test
    void aSaveAndAnExportOntoAFullDiskSayWhyExit4AndKeepTheFileAndItsBackup() throws Exception {
        WorkbookStore store = new WorkbookStore();
        Path file = disk.resolve("client.cxwb");
        Workbook workbook = StartupData.readSample();
        workbook.setClient("First version");
        store.write(workbook, file);
        workbook.setClient("Second version");
        store.write(workbook, file); // the first version becomes client.cxwb.bak
        Path backup = WorkbookStore.backupOf(file);
        Path report = disk.resolve("report.xlsx");
        Files.writeString(report, "the previous export");
        byte[] saved = Files.readAllBytes(file);
        byte[] backedUp = Files.readAllBytes(backup);
        assertTrue(new String(backedUp, java.nio.charset.StandardCharsets.UTF_8).contains("First version"));
        fill(disk.resolve("filler"));

        workbook.setClient("Third version");
        IOException failure = assertThrows(IOException.class, () -> store.write(workbook, file));
        assertEquals(
                "client.cxwb could not be saved: the disk is full. The file on disk is as it was before this save.",
                WorkbookStore.describeWriteFailure(file, failure));
        assertArrayEquals(saved, Files.readAllBytes(file), "the workbook is untouched");
        assertArrayEquals(backedUp, Files.readAllBytes(backup), "the backup is untouched");

        LauncherProcess.Result export =
                LauncherProcess.run(scratch, List.of(), "export", file.toString(), report.toString());
        assertEquals(Cli.BAD_TARGET, export.exit(), export.describe());
        assertEquals(
                List.of("cxworkbook export: Could not write report.xlsx: the disk is full. Free some space or choose"
                        + " another folder; an existing file of that name was not changed."),
                export.err(),
                export.describe());
        assertFalse(export.hasStackTrace(), export.describe());
        assertEquals("the previous export", Files.readString(report));
        assertArrayEquals(saved, Files.readAllBytes(file));
        assertArrayEquals(backedUp, Files.readAllBytes(backup));
        assertEquals(
                List.of("client.cxwb", "client.cxwb.bak", "filler", "report.xlsx"),
                names(),
                "no temp file left behind");
    }

    /** Writes until the disk refuses: then not one more block fits. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertTrue(String.valueOf(full.getMessage()).contains("No space left on device"), full.toString());
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(disk)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return -1;
        }
        process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
