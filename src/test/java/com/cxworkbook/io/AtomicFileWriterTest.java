package com.cxworkbook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: permissions and links kept, backups safe, nothing left behind, full disks harmless. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheFileAndKeepsTheOldVersionAsBackup() throws IOException {
        Path file = dir.resolve("w.cxwb");
        writer.write(file, bytes("one"), true);
        assertEquals(List.of("w.cxwb"), names(), "no backup of nothing, no temp left");
        writer.write(file, bytes("two"), true);
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(AtomicFileWriter.backupOf(file)));
        assertEquals(List.of("w.cxwb", "w.cxwb.bak"), names());
    }

    @Test
    void keepsTheTargetsPermissions() throws IOException {
        assumeTrue(posix());
        Path file = dir.resolve("shared.cxwb");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        writer.write(file, bytes("new"), true);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(
                "rw-rw-r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(AtomicFileWriter.backupOf(file))));
    }

    @Test
    void aNewFileGetsTheUsersDefaultPermissionsNotPrivateOnes() throws IOException {
        assumeTrue(posix());
        Path probe = Files.createFile(dir.resolve("probe")); // what the umask gives any new file
        Path file = dir.resolve("report.xlsx");
        writer.write(file, bytes("x"), false);
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("w.cxwb");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.cxwb");
        try {
            Files.createSymbolicLink(link, Path.of("real", "w.cxwb"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        Path written = writer.write(link, bytes("new"), true);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(real.toRealPath(), written.toRealPath());
        assertEquals("new", Files.readString(real));
        assertEquals("old", Files.readString(AtomicFileWriter.backupOf(real)), "backup beside the real file");
    }

    @Test
    void aFullDiskLeavesTargetAndBackupAsTheyWereAndNoTemp() throws IOException {
        Path file = dir.resolve("w.cxwb");
        writer.write(file, bytes("one"), true);
        writer.write(file, bytes("two"), true);
        AtomicFileWriter full = new AtomicFileWriter(DiskFull::new);
        IOException e = assertThrows(IOException.class, () -> full.write(file, bytes("three".repeat(1000)), true));
        assertEquals(WriteProblem.Kind.DISK_FULL, WriteProblem.kind(e));
        assertEquals("the disk is full", WriteProblem.reason(e));
        assertEquals("two", Files.readString(file));
        assertEquals(
                "one", Files.readString(AtomicFileWriter.backupOf(file)), "a failed save never touches the backup");
        assertEquals(List.of("w.cxwb", "w.cxwb.bak"), names());
    }

    @Test
    void aLibraryWrappingTheDiskErrorIsReportedAsTheDiskError() {
        Path file = dir.resolve("r.xlsx");
        IOException e = assertThrows(
                IOException.class,
                () -> writer.write(
                        file,
                        out -> {
                            throw new IllegalStateException(
                                    "Fail to save: an error occurs while saving the package",
                                    new IOException("No space left on device"));
                        },
                        false));
        assertEquals("the disk is full", WriteProblem.reason(e));
        assertFalse(Files.exists(file));
    }

    @Test
    void aFailedCheckLeavesTheTargetUntouched() throws IOException {
        Path file = dir.resolve("r.xlsx");
        Files.writeString(file, "old");
        assertThrows(
                IllegalArgumentException.class,
                () -> writer.write(file, bytes("new"), true, temp -> {
                    assertEquals("new", Files.readString(temp));
                    throw new IllegalArgumentException("check failed");
                }));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("r.xlsx"), names());
    }

    @Test
    void staleTempsFromCrashesAreRemovedFreshOnesKept() throws IOException {
        Path file = dir.resolve("w.cxwb");
        Path stale = Files.writeString(dir.resolve(".w.cxwb.1234abcd.tmp"), "half");
        Files.setLastModifiedTime(
                stale,
                FileTime.from(Instant.now().minus(AtomicFileWriter.STALE_AFTER).minusSeconds(60)));
        Path oldStyle = Files.writeString(dir.resolve(".w.cxwb8812731.tmp"), "half");
        Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minusSeconds(7200)));
        Path live = Files.writeString(dir.resolve(".w.cxwb.live0000.tmp"), "another instance is writing");
        Path other = Files.writeString(dir.resolve(".other.cxwb.1234abcd.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(7200)));
        writer.write(file, bytes("x"), true);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(oldStyle));
        assertTrue(Files.exists(live), "a temp file younger than an hour may belong to a save in progress");
        assertTrue(Files.exists(other), "another file's temps are its own business");
    }

    @Test
    void readOnlyDriveAndMarkedReadOnlyAreToldApart() throws IOException {
        IOException roDrive =
                new java.nio.file.FileSystemException("/media/stick/w.cxwb", null, "Read-only file system");
        assertEquals("the drive is read-only", WriteProblem.reason(roDrive));
        assertEquals("your disk quota is used up", WriteProblem.reason(new IOException("Disk quota exceeded")));
        assumeTrue(posix());
        Path file = Files.writeString(dir.resolve("w.cxwb"), "x");
        assertFalse(WriteProblem.markedReadOnly(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertTrue(WriteProblem.markedReadOnly(file), "even for root, who could write anyway");
    }

    @Test
    void longTextsAreCutWithAnEllipsis() {
        assertEquals("abc", Messages.cut("abc", 10));
        String cut = Messages.value("x".repeat(10_000));
        assertEquals(Messages.MAX_VALUE, cut.length());
        assertTrue(cut.endsWith("…"));
        assertEquals("a b", Messages.cut("a\n  b", 10));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Fails as a full disk does: some bytes get through, then ENOSPC. */
    static final class DiskFull extends FilterOutputStream {
        private int left = 100;

        DiskFull(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("No space left on device");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
