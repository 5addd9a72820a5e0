package com.cxworkbook.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The one way the app replaces a file: workbooks, the recovery copy, settings and exports all go through it.
 *
 * <ol>
 *   <li>a symbolic link is followed to the file it points to, so the link stays a link and its target is
 *       what changes;</li>
 *   <li>the content goes to a new temp file in the same folder (so the final move cannot cross file
 *       systems), created without explicit permissions, so a new file gets the user's default (umask);</li>
 *   <li>the temp file is forced to disk, takes over the permissions of the file it replaces;</li>
 *   <li>if asked, the current version becomes {@code name.bak} by the same route (copy to a temp file, force,
 *       atomic move), so a crash never leaves a half backup and a failed save never removes the old one;</li>
 *   <li>the temp file is moved over the target atomically; on any failure it is deleted and the target is
 *       exactly as it was.</li>
 * </ol>
 * Temp files older than an hour that crashes left beside the target are removed on the next write.
 * Pure JDK, so every layer that writes files (persistence, export) can use it.
 */
public final class AtomicFileWriter {

    /** Writes the file's content; exceptions it throws abort the write and leave the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Looks at the finished temp file before it replaces the target (an export reads itself back). */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        void check(Path temp) throws E;
    }

    public static final String BACKUP_SUFFIX = ".bak";
    static final String TEMP_SUFFIX = ".tmp";
    static final Duration STALE_AFTER = Duration.ofHours(1);
    private static final int MAX_LINKS = 40;

    private final UnaryOperator<OutputStream> streamWrapper;

    public AtomicFileWriter() {
        this(UnaryOperator.identity());
    }

    /**
     * For tests: wraps every stream this writer writes through (content and backup copy), e.g. with one that
     * fails the way a full disk does.
     */
    public AtomicFileWriter(UnaryOperator<OutputStream> streamWrapper) {
        this.streamWrapper = streamWrapper;
    }

    /** The backup kept beside a file: the version before the last save. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    public Path write(Path file, byte[] bytes, boolean keepBackup) throws IOException {
        return write(file, out -> out.write(bytes), keepBackup);
    }

    public <E extends Exception> Path write(Path file, byte[] bytes, boolean keepBackup, Check<E> check)
            throws IOException, E {
        return write(file, out -> out.write(bytes), keepBackup, check);
    }

    /**
     * Replaces {@code file} (or the file its symbolic link points to) with what {@code content} writes.
     *
     * @return the file actually written (the link's target when {@code file} is a link)
     */
    public Path write(Path file, Content content, boolean keepBackup) throws IOException {
        return write(file, content, keepBackup, temp -> {});
    }

    /**
     * As {@link #write(Path, Content, boolean)}, with {@code check} run on the complete temp file before it is
     * moved into place; whatever {@code check} throws aborts the write and leaves the target untouched.
     */
    public <E extends Exception> Path write(Path file, Content content, boolean keepBackup, Check<E> check)
            throws IOException, E {
        Path target = followLinks(file.toAbsolutePath());
        Path folder = target.getParent();
        removeStaleTemps(folder, target.getFileName().toString());
        boolean exists = Files.isRegularFile(target);
        Path temp = newTemp(target);
        boolean moved = false;
        try {
            writeAndForce(temp, content);
            check.check(temp);
            if (exists) {
                copyPermissions(target, temp);
            }
            if (keepBackup && exists) {
                writeBackup(target);
            }
            move(temp, target);
            moved = true;
            forceFolder(folder);
            return target;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void writeBackup(Path target) throws IOException {
        Path backup = followLinks(backupOf(target));
        Path temp = newTemp(backup);
        boolean moved = false;
        try {
            writeAndForce(temp, out -> Files.copy(target, out));
            copyPermissions(target, temp);
            move(temp, backup);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void writeAndForce(Path temp, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            Recorder out = new Recorder(streamWrapper.apply(Channels.newOutputStream(channel)));
            try {
                content.writeTo(out);
                out.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                // libraries (POI) wrap the disk's IOException in their own runtime exceptions, sometimes
                // without keeping it as the cause: the stream remembers what the disk said
                IOException io = out.failure != null ? out.failure : WriteProblem.ioCause(e);
                if (io != null) {
                    throw io;
                }
                throw e;
            }
            channel.force(true);
        }
    }

    /** Remembers the first failure of the stream underneath. */
    private static final class Recorder extends FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() {
            // the channel is closed by its owner after forcing it to disk
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /** A fresh, uniquely named hidden file beside {@code target}, with the user's default permissions. */
    static Path newTemp(Path target) throws IOException {
        String name =
                "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + TEMP_SUFFIX;
        return Files.createFile(target.resolveSibling(name));
    }

    static Path followLinks(Path file) throws IOException {
        Path current = file;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
            Path link = Files.readSymbolicLink(current);
            current = current.resolveSibling(link).normalize();
        }
        if (Files.isSymbolicLink(current)) {
            throw new IOException(file.getFileName() + ": too many levels of symbolic links");
        }
        return current;
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            if (source != null) {
                Files.setPosixFilePermissions(to, source.readAttributes().permissions());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the default permissions are a safe fallback; the write itself matters more
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every system can open a folder, and that is fine. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a directory as a channel
        }
    }

    /** Deletes temp files of {@code name} that a crash left behind (older than an hour, so no live write). */
    static void removeStaleTemps(Path folder, String name) {
        Instant cutoff = Instant.now().minus(STALE_AFTER);
        String prefix = "." + name;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX);
        })) {
            for (Path temp : temps) {
                FileTime modified = Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS);
                if (modified.toInstant().isBefore(cutoff) && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write goes ahead (and reports a missing folder itself)
        }
    }
}
