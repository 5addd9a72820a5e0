package com.cxworkbook.domain;

import java.util.List;

/**
 * What the user must be told about one assessment when a workbook is opened: its framework is missing, or
 * the framework changed since the ratings were given. Ratings are never moved or dropped because of it.
 *
 * @param assessmentTitle the assessment's title, or its framework id
 * @param recordedVersion the version the workbook says it was rated on (may be null)
 * @param currentVersion  the version this app has, null when the framework is unknown
 * @param added           ids of items the current version has and the recorded one did not
 * @param removed         ids of items the workbook holds data for that the current version lacks
 * @param reworded        ids of items whose wording changed
 */
public record FrameworkNotice(
        String assessmentTitle,
        String frameworkId,
        String recordedVersion,
        String currentVersion,
        List<String> added,
        List<String> removed,
        List<String> reworded) {

    public FrameworkNotice {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        reworded = List.copyOf(reworded);
    }

    public boolean unknownFramework() {
        return currentVersion == null;
    }

    /** One sentence for a dialog or the export CLI. */
    public String message() {
        String version = recordedVersion == null ? "" : " " + recordedVersion;
        if (unknownFramework()) {
            return "“" + assessmentTitle + "” uses the framework " + frameworkId + version
                    + ", which this app does not have;" + " it was left out and is kept unchanged in the file.";
        }
        StringBuilder text = new StringBuilder("“" + assessmentTitle + "” was rated on " + frameworkId + version);
        text.append(
                recordedVersion != null && recordedVersion.equals(currentVersion)
                        ? ", whose items have since changed:"
                        : "; this app has version " + currentVersion + ":");
        append(text, added, " added", "");
        append(text, removed, " removed", " (their ratings are kept in the file but not scored)");
        append(text, reworded, " reworded", " (check their ratings still fit)");
        if (added.isEmpty() && removed.isEmpty() && reworded.isEmpty()) {
            text.append(" no item changed");
        }
        return text.append('.').toString();
    }

    private static void append(StringBuilder text, List<String> ids, String what, String note) {
        if (ids.isEmpty()) {
            return;
        }
        if (text.charAt(text.length() - 1) != ':') {
            text.append(';');
        }
        text.append(' ')
                .append(ids.size())
                .append(ids.size() == 1 ? " item" : " items")
                .append(what)
                .append(" (")
                .append(String.join(", ", ids.size() > 5 ? ids.subList(0, 5) : ids))
                .append(ids.size() > 5 ? ", …" : "")
                .append(')')
                .append(note);
    }
}
