package com.cxworkbook.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending
 * with an apostrophe, and unique ignoring case (Excel treats "Gap" and "GAP" as the same sheet).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = clean(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length()))) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String clean(String wanted) {
        String name =
                wanted == null ? "" : wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").replaceAll("\\p{Cntrl}", " ");
        name = strip(name);
        if (name.length() > MAX_LENGTH) {
            // cut at a word where one is near, and say that it was cut
            int cut = MAX_LENGTH - 1;
            int space = name.lastIndexOf(' ', cut);
            if (space > MAX_LENGTH / 2) {
                cut = space;
            }
            if (Character.isHighSurrogate(name.charAt(cut - 1))) {
                cut--;
            }
            name = strip(name.substring(0, cut)) + "…";
        }
        // "History" is reserved by Excel
        return name.isEmpty() || name.equalsIgnoreCase("History") ? "Sheet" : name;
    }

    private static String strip(String name) {
        String s = name.strip();
        while (s.startsWith("'")) {
            s = s.substring(1).strip();
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
