package com.cxworkbook.persistence;

import java.io.IOException;
import java.io.InputStream;

/** Reads a whole stream but refuses more than a limit, so a huge or endless file cannot exhaust memory. */
final class BoundedReader {

    private BoundedReader() {}

    /** The bytes, or null when the stream holds more than {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }
}
