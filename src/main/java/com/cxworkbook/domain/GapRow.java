package com.cxworkbook.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of the gap-analysis worksheet for an item. The current rating lives in the assessment. */
public class GapRow {

    private String itemId;
    private int rank;
    private Priority priority;
    private Effort effort;
    private InitiativeType initiative;
    private String actions;
    private String owner;
    private LocalDate targetDate;
    private GapStatus status;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public GapRow() {}

    public GapRow(String itemId) {
        this.itemId = itemId;
    }

    public String getItemId() {
        return itemId;
    }

    public void setItemId(String itemId) {
        this.itemId = itemId;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Effort getEffort() {
        return effort;
    }

    public void setEffort(Effort effort) {
        this.effort = effort;
    }

    public InitiativeType getInitiative() {
        return initiative;
    }

    public void setInitiative(InitiativeType initiative) {
        this.initiative = initiative;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public GapStatus getStatus() {
        return status;
    }

    public void setStatus(GapStatus status) {
        this.status = status;
    }

    /** Fields this version does not know, kept so a newer app's data survives a save. */
    public Map<String, Object> extra() {
        return extra;
    }
}
