package com.cxworkbook.ui.workshop;

import com.cxworkbook.domain.Consensus;
import com.cxworkbook.domain.Participant;
import com.cxworkbook.domain.Rating;
import com.cxworkbook.ui.workbook.AssessmentModel;
import java.util.List;
import java.util.Map;

/** The agreed rating defaults to the room's median: fills the items the room rated but nobody agreed yet. */
public final class AgreedRatings {

    private AgreedRatings() {}

    /** Returns how many items were filled; each is its own undoable edit, and agreed ratings are never overwritten. */
    public static int fillFromMedians(AssessmentModel model, List<Participant> participants) {
        int filled = 0;
        Map<String, Rating> medians = Consensus.medianRatings(model.framework(), model.assessment(), participants);
        for (Map.Entry<String, Rating> entry : medians.entrySet()) {
            if (model.rating(entry.getKey()) == null) {
                model.rate(entry.getKey(), entry.getValue());
                filled++;
            }
        }
        return filled;
    }
}
