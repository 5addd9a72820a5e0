package com.cxworkbook.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when the app last read or wrote it: size and a SHA-256 of its content. Comparing stamps
 * before a save tells whether someone else (another window, a colleague through a synced folder, an
 * editor) changed the file in between, whatever its modification time says.
 *
 * @param size   bytes, or -1 when the file did not exist
 * @param sha256 hex digest, or "" when the file did not exist
 */
public record FileStamp(long size, String sha256) {

    public static final FileStamp MISSING = new FileStamp(-1, "");

    public static FileStamp of(byte[] content) {
        return new FileStamp(content.length, HexFormat.of().formatHex(digest().digest(content)));
    }

    /** The stamp of the file (its link's target) now; {@link #MISSING} when there is no such file. */
    public static FileStamp of(Path file) throws IOException {
        MessageDigest digest = digest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        return new FileStamp(size, HexFormat.of().formatHex(digest.digest()));
    }

    public boolean missing() {
        return size < 0;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
