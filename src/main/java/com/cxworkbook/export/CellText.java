package com.cxworkbook.export;

/**
 * Makes user text safe for a spreadsheet cell: Excel refuses cells over 32,767 characters and XML cannot
 * carry most control characters, so both are dealt with here rather than failing the whole export.
 */
final class CellText {

    static final int MAX_CELL_CHARS = 32_767;

    private CellText() {}

    static String safe(String text) {
        if (text == null) {
            return "";
        }
        String clean = stripInvalid(text);
        if (clean.length() <= MAX_CELL_CHARS) {
            return clean;
        }
        // the note's length depends on the number it states; size it for the largest possible number
        int cut = MAX_CELL_CHARS - note(clean.length()).length();
        if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return clean.substring(0, cut) + note(clean.length() - cut);
    }

    static String note(int omitted) {
        return " … [truncated here: Excel cells hold at most 32,767 characters; " + omitted
                + " more characters are in the workbook file]";
    }

    private static String stripInvalid(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            }
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
