package com.cxworkbook.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the framework recommends doing to reach {@code toLevel} ("Closing the gaps").
 *
 * @param actionSections optional, one entry per action: the ids of the sections that action serves (an
 *                       interpretation recorded in the framework's source note); empty when untagged
 */
public record Recommendation(
        String toLevel, String title, String text, List<String> actions, List<List<String>> actionSections) {

    public Recommendation {
        actions = Copies.list(actions);
        actionSections = Copies.list(actionSections);
        text = text == null ? "" : text;
    }

    public Recommendation(String toLevel, String title, String text, List<String> actions) {
        this(toLevel, title, text, actions, List.of());
    }

    /** The actions tagged with {@code sectionId}, in the framework's order; empty when none or untagged. */
    public List<String> actionsFor(String sectionId) {
        List<String> tagged = new ArrayList<>();
        for (int i = 0; i < actions.size() && i < actionSections.size(); i++) {
            List<String> sections = actionSections.get(i);
            if (sections != null && sections.contains(sectionId)) {
                tagged.add(actions.get(i));
            }
        }
        return tagged;
    }
}
