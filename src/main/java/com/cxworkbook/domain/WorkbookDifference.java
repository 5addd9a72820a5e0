package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What differs between the user's workbook and the version someone else saved to the same file, in a few
 * words for the "changed on disk" question: which details, how many ratings and notes, which assessments.
 */
public final class WorkbookDifference {

    private WorkbookDifference() {}

    /** E.g. "the client, 3 ratings and 1 note differ; 1 assessment is only on disk"; "" when nothing differs. */
    public static String describe(Workbook mine, Workbook theirs) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(mine.getClient(), theirs.getClient())) {
            parts.add("the client");
        }
        if (!Objects.equals(mine.getFacilitator(), theirs.getFacilitator())
                || !Objects.equals(mine.getDate(), theirs.getDate())) {
            parts.add("the workbook details");
        }
        if (mine.getParticipants().size() != theirs.getParticipants().size()) {
            parts.add("the participants");
        }
        Map<String, Assessment> theirsById = new HashMap<>();
        theirs.getAssessments().forEach(a -> theirsById.put(a.getId(), a));
        int ratings = 0;
        int notes = 0;
        int onlyMine = 0;
        for (Assessment assessment : mine.getAssessments()) {
            Assessment other = theirsById.remove(assessment.getId());
            if (other == null) {
                onlyMine++;
                continue;
            }
            ratings += differing(assessment.getRatings(), other.getRatings());
            notes += differing(assessment.getNotes(), other.getNotes());
        }
        if (ratings > 0) {
            parts.add(ratings + (ratings == 1 ? " rating" : " ratings"));
        }
        if (notes > 0) {
            parts.add(notes + (notes == 1 ? " note" : " notes"));
        }
        String text = parts.isEmpty() ? "" : join(parts) + " differ";
        if (!theirsById.isEmpty()) {
            text += (text.isEmpty() ? "" : "; ") + theirsById.size()
                    + (theirsById.size() == 1 ? " assessment is" : " assessments are") + " only on disk";
        }
        if (onlyMine > 0) {
            text += (text.isEmpty() ? "" : "; ") + onlyMine + (onlyMine == 1 ? " assessment is" : " assessments are")
                    + " only in yours";
        }
        return text;
    }

    private static <V> int differing(Map<String, V> a, Map<String, V> b) {
        int count = 0;
        for (Map.Entry<String, V> entry : a.entrySet()) {
            if (!Objects.equals(entry.getValue(), b.get(entry.getKey()))) {
                count++;
            }
        }
        for (String key : b.keySet()) {
            if (!a.containsKey(key)) {
                count++;
            }
        }
        return count;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
