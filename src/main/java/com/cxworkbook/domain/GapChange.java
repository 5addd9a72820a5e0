package com.cxworkbook.domain;

import java.util.List;
import java.util.Objects;

/**
 * One field of one gap worksheet row changed from outside the app (the client's edited Excel file): which
 * assessment and activity, which field, the value now in the workbook and the value to take.
 */
public record GapChange(
        String assessmentId,
        String assessmentTitle,
        String itemId,
        String activity,
        GapField<?> field,
        Object before,
        Object after) {

    public GapChange {
        Objects.requireNonNull(assessmentId);
        Objects.requireNonNull(itemId);
        Objects.requireNonNull(field);
    }

    /** "Owner: Marcus Lee → Priya Shah", empty values shown as "(empty)". */
    public String describe() {
        return field.label() + ": " + label(before) + " → " + label(after);
    }

    /** A value as {@link GapField#text} reads it, "(empty)" for none and cut at 80 characters for a list. */
    public static String label(Object value) {
        if (value == null) {
            return "(empty)";
        }
        String text = GapField.text(value);
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    /** Applies the change to the workbook, creating the worksheet row when the activity has none yet. */
    public void applyTo(Workbook workbook) {
        Assessment assessment = workbook.getAssessments().stream()
                .filter(a -> assessmentId.equals(a.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assessment " + assessmentId));
        GapRow row = GapWorksheet.row(assessment, itemId);
        if (row == null) {
            row = new GapRow(itemId);
            assessment.getGapRows().add(row);
        }
        set(row, field, after);
    }

    /** Applies every change (the headless import). */
    public static void applyAll(Workbook workbook, List<GapChange> changes) {
        for (GapChange change : changes) {
            change.applyTo(workbook);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(GapRow row, GapField<T> field, Object value) {
        field.set(row, (T) value);
    }
}
