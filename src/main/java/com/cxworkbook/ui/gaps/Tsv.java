package com.cxworkbook.ui.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as spreadsheets put it on the clipboard: a value holding a tab, line break or quote
 * is wrapped in quotes with inner quotes doubled (how Excel and LibreOffice copy multi-line cells).
 */
final class Tsv {

    private Tsv() {}

    static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(quote(row.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf('\t') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && atStart) {
                quoted = true;
                atStart = false;
            } else if (c == '\t') {
                row.add(value.toString());
                value.setLength(0);
                atStart = true;
            } else if (c == '\r' || c == '\n') {
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atStart = true;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                value.append(c);
                atStart = false;
            }
            i++;
        }
        // a trailing line break ends the last row rather than starting an empty one
        if (!row.isEmpty() || value.length() > 0) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }
}
