package com.cxworkbook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One framework applied to the client: ratings, notes, evidence, target and gap worksheet. */
public class Assessment {

    private String id = UUID.randomUUID().toString();
    private String frameworkId;
    private String frameworkVersion;
    private String title;
    private String targetLevel;
    private final Map<String, Rating> ratings = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();
    private final List<GapRow> gapRows = new ArrayList<>();
    private final Map<String, Map<String, Rating>> participantRatings = new LinkedHashMap<>();
    private final Map<String, Integer> targets = new LinkedHashMap<>();
    private final Map<String, String> frameworkItems = new LinkedHashMap<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    /** Rounds: when this round was assessed, the round it follows up (null for a baseline), and whether it is closed. */
    private LocalDate assessedOn;

    private String previousRound;
    private boolean closed;

    public Assessment() {}

    public Assessment(Framework framework) {
        this.frameworkId = framework.id();
        this.frameworkVersion = framework.version();
        recordItems(framework);
    }

    /** Remembers the wording of the framework's items, so a later framework version can be compared. */
    public void recordItems(Framework framework) {
        frameworkItems.clear();
        for (Item item : framework.items()) {
            frameworkItems.put(item.id(), ItemFingerprint.of(item));
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrameworkId() {
        return frameworkId;
    }

    public void setFrameworkId(String frameworkId) {
        this.frameworkId = frameworkId;
    }

    public String getFrameworkVersion() {
        return frameworkVersion;
    }

    public void setFrameworkVersion(String frameworkVersion) {
        this.frameworkVersion = frameworkVersion;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(String targetLevel) {
        this.targetLevel = targetLevel;
    }

    public Map<String, Rating> getRatings() {
        return ratings;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<String, Evidence> getEvidence() {
        return evidence;
    }

    public List<GapRow> getGapRows() {
        return gapRows;
    }
    /** Each participant's own ratings (participant id → item id → rating); {@link #getRatings()} holds the agreed ones. */
    public Map<String, Map<String, Rating>> getParticipantRatings() {
        return participantRatings;
    }
    /** Target value per item (item id → scale value); items without one aim at the next level. */
    public Map<String, Integer> getTargets() {
        return targets;
    }
    /** Item id → {@link ItemFingerprint} of the framework version this assessment was rated on. */
    public Map<String, String> getFrameworkItems() {
        return frameworkItems;
    }

    public Map<String, Object> extra() {
        return extra;
    }
    /** The day this round was assessed; null in workbooks from before rounds (then the workbook's date). */
    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }
    /** Id of the assessment this round follows up; null for a baseline (and every assessment in older files). */
    public String getPreviousRound() {
        return previousRound;
    }

    public void setPreviousRound(String previousRound) {
        this.previousRound = previousRound;
    }
    /** A closed round is read-only (a baseline once its follow-up started) until it is reopened. */
    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    /** Sets or clears (null) one participant's rating of an item. */
    public void rateAs(String participantId, String itemId, Rating rating) {
        Map<String, Rating> own = participantRatings.computeIfAbsent(participantId, k -> new LinkedHashMap<>());
        if (rating == null) {
            own.remove(itemId);
        } else {
            own.put(itemId, rating);
        }
    }

    /** Sets or clears (null) the agreed rating of an item. */
    public void rate(String itemId, Rating rating) {
        if (rating == null) {
            ratings.remove(itemId);
        } else {
            ratings.put(itemId, rating);
        }
    }
}
