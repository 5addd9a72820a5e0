package com.cxworkbook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Things on a worksheet line the facilitator probably wants to fix before the client sees it. They are
 * warnings only: nothing here stops an edit.
 */
public final class GapWarnings {

    private GapWarnings() {}

    public static List<String> of(GapLine line, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        GapRow row = line.row();
        if (row == null) {
            return warnings;
        }
        boolean done = row.getStatus() == GapStatus.DONE;
        if (row.getTargetDate() != null && row.getTargetDate().isBefore(today) && !done) {
            warnings.add("Target date " + row.getTargetDate() + " is in the past and the action is not done.");
        }
        if (row.getPriority() == Priority.HIGH && GapField.normalise(row.getOwner()) == null) {
            warnings.add("High-priority gap without an owner.");
        }
        if (row.getPriority() == Priority.HIGH && GapField.normalise(row.getActions()) == null) {
            warnings.add("High-priority gap without an action.");
        }
        if (row.getPriority() != null && line.gap() != null && line.gap() == 0) {
            warnings.add("Prioritised, but the rating shows no gap left.");
        }
        if (row.getPriority() != null && line.rating() == null) {
            warnings.add("Prioritised, but the activity is not rated yet.");
        }
        return warnings;
    }
}
