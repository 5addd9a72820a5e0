package com.cxworkbook.io;

/** Keeps user-facing messages to one short line whatever a file holds. */
public final class Messages {

    /** Longest value quoted in a message; a 10,000-character id must not make a 10,000-character line. */
    public static final int MAX_VALUE = 60;

    private Messages() {}

    /** The text on one line, cut to {@code max} characters with "…" when longer. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "null";
        }
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return line.length() <= max ? line : line.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** A value from a file, cut to {@link #MAX_VALUE}. */
    public static String value(String text) {
        return cut(text, MAX_VALUE);
    }
}
