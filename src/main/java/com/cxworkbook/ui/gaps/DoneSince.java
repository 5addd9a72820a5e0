package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.Assessment;
import com.cxworkbook.domain.GapRow;
import com.cxworkbook.domain.Progress;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.HashMap;
import java.util.Map;

/**
 * In a follow-up round: the activities whose gap action was completed since the previous round, which the
 * worksheet marks with a "Done since Round 1" badge (the Progress tab lists the same rows).
 */
final class DoneSince {

    private final Map<String, GapRow> done = new HashMap<>();
    private final String text;

    private DoneSince(AssessmentModel model) {
        Assessment previous = model.previousRound();
        if (previous != null) {
            Progress.completedBetween(previous, model.assessment()).forEach(row -> done.put(row.getItemId(), row));
        }
        text = done.isEmpty() ? "" : "Done since " + model.previousRoundName();
    }

    static DoneSince of(AssessmentModel model) {
        return new DoneSince(model);
    }

    /** Sets the row's badge: the round and the completed action, or nothing. */
    void mark(GapRowViewModel row, String itemId) {
        GapRow doneRow = done.get(itemId);
        row.updateDoneSince(doneRow == null ? "" : text, doneRow == null ? "" : doneRow.getActions());
    }
}
