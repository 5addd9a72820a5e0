package com.cxworkbook.ui.gaps;

import com.cxworkbook.domain.GapField;
import java.util.function.Function;

/**
 * The worksheet's columns in the ICMI toolkit's order (plus Owner, Status and the warning and rank columns
 * this app adds), with how each reads as text and takes pasted text. Ids are the stable node ids of the
 * table's columns ({@code <id>Column}) and cells ({@code <id>-<itemId>}).
 */
public enum GapColumn {
    RANK("rank", "Rank", "#", false, row -> row.rank() == 0 ? "" : Integer.toString(row.rank())),
    SECTION("section", "Section", "Section", false, row -> row.section().name()),
    ACTIVITY("activity", "Activity", "Activity", false, GapRowViewModel::activity),
    RATING(
            "rating",
            "Current Rating",
            "Current\nrating",
            true,
            row -> row.rating() == null ? "" : row.rating().toString()),
    GAP("gap", "Gap from Future State", "Gap", false, row -> GapText.label(row.gap())),
    GAP_TO_TARGET("gapToTarget", "Gap to Target", "To\ntarget", false, row -> GapText.label(row.gapToTarget())),
    PRIORITY("priority", "Priority of Gap", "Priority\nof gap", true, row -> GapText.label(row.priority())),
    EFFORT("effort", "Potential Effort", "Effort", true, row -> GapText.label(row.effort())),
    INITIATIVE("initiative", "Type of Initiative", "Type of\ninitiative", true, row -> GapText.label(row.initiative())),
    ACTIONS("actions", "Action(s) to Address Gap", "Action(s)", true, row -> GapText.label(row.actions())),
    OWNER("owner", "Owner", "Owner", true, row -> GapText.label(row.owner())),
    TARGET_DATE("targetDate", "Target Completion Date", "Target\ndate", true, row -> GapText.label(row.targetDate())),
    STATUS("status", "Status", "Status", true, row -> GapText.label(row.status())),
    WARNINGS("warnings", "Warnings", "Check", false, row -> String.join(" ", row.warnings()));

    private final String id;
    private final String header;
    private final String shortHeader;
    private final boolean editable;
    private final Function<GapRowViewModel, String> text;

    GapColumn(String id, String header, String shortHeader, boolean editable, Function<GapRowViewModel, String> text) {
        this.id = id;
        this.header = header;
        this.shortHeader = shortHeader;
        this.editable = editable;
        this.text = text;
    }

    public String id() {
        return id;
    }
    /** The heading the ICMI toolkit uses (tooltip, accessible text). */
    public String header() {
        return header;
    }
    /** What fits on the column head. */
    public String shortHeader() {
        return shortHeader;
    }

    public boolean editable() {
        return editable;
    }

    public String text(GapRowViewModel row) {
        return text.apply(row);
    }

    /** Stable id of this column's cell in a row. */
    public String cellId(GapRowViewModel row) {
        return id + "-" + row.itemId();
    }

    /**
     * Writes text into this column of a row (paste, clear). Read-only columns ignore it, so a whole copied
     * row can be pasted back. Throws IllegalArgumentException with a readable message for bad text.
     */
    void paste(GapWorksheetViewModel worksheet, GapRowViewModel row, String value) {
        switch (this) {
            case RATING -> worksheet.setRating(row, GapText.rating(value, worksheet.scale()));
            case PRIORITY -> worksheet.set(row, GapField.PRIORITY, GapText.priority(value));
            case EFFORT -> worksheet.set(row, GapField.EFFORT, GapText.effort(value));
            case INITIATIVE -> worksheet.set(row, GapField.INITIATIVE, GapText.initiative(value));
            case ACTIONS -> worksheet.set(row, GapField.ACTIONS, value);
            case OWNER -> worksheet.set(row, GapField.OWNER, value);
            case TARGET_DATE -> worksheet.set(row, GapField.TARGET_DATE, GapText.date(value));
            case STATUS -> worksheet.set(row, GapField.STATUS, GapText.status(value));
            default -> {
                // computed or descriptive: nothing to write
            }
        }
    }
}
