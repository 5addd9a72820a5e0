package com.cxworkbook.export;

/**
 * What to change, for each kind of problem the framework validator reports: its messages say what is
 * wrong in framework-file terms; a consultant in Excel also needs to know what to type instead.
 */
final class TemplateHints {

    private TemplateHints() {}

    static String forMessage(String message) {
        if (message.contains("is missing or empty")) {
            return "Fill it in";
        }
        if (message.startsWith("duplicate")) {
            return "Give each row its own id";
        }
        if (message.contains("refers to unknown level")) {
            return "Use a Stage id (or Stage name) from the Stages sheet";
        }
        if (message.contains("gap between bands") || message.startsWith("no band covers")) {
            return "Make the bands meet: each From is the previous band's To + 1, from the lowest to the highest possible total"
                    + " (number of items × Lowest rating to number of items × Highest rating)";
        }
        if (message.contains("overlaps")) {
            return "Make each band's From larger than the previous band's To";
        }
        if (message.contains("SUM_BANDS needs bands")) {
            return "Add one row per stage under Score bands on the Framework sheet";
        }
        if (message.contains("must list at least one")) {
            return "Add at least one row";
        }
        if (message.contains("MEAN_LEVEL needs one level per scale value")) {
            return "Add or remove rows on the Stages sheet so there is one per rating value, or choose another scoring method";
        }
        if (message.contains("must be lowercase letters")) {
            return "Use only a–z, 0–9 and '-', or leave the id empty to have one made from the name";
        }
        if (message.contains("is outside the scale")) {
            return "Use ratings between Lowest rating and Highest rating on the Framework sheet, or widen the scale";
        }
        if (message.contains("needs a level") || message.contains("has no items")) {
            return "Fill in Section stage or Item stage on the Items sheet so every stage has its items";
        }
        if (message.contains("unknown section")) {
            return "Use Section ids from the Items sheet in the Actions sheet's Sections column";
        }
        if (message.contains("at least one section") || message.contains("one entry per action")) {
            return "Tag every action of this stage with its Section ids on the Actions sheet, or tag none";
        }
        if (message.contains("threshold")) {
            return "Enter Met from rating on the Framework sheet";
        }
        if (message.contains("at most")) {
            return "Make the framework smaller";
        }
        return "Correct the value";
    }
}
