package com.cxworkbook.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One client engagement: who, when, and every assessment made. Saved as one .cxwb file. */
public class Workbook {

    /** The file format this version writes; files with a higher number come from a newer app. */
    public static final int CURRENT_FORMAT_VERSION = 1;

    private int formatVersion = CURRENT_FORMAT_VERSION;
    private String client;
    private String facilitator;
    private LocalDate date;
    private final List<Participant> participants = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Framework> frameworks = new ArrayList<>();
    private final List<Object> unreadableFrameworks = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public int getFormatVersion() {
        return formatVersion;
    }

    public void setFormatVersion(int formatVersion) {
        this.formatVersion = formatVersion;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public void setFacilitator(String facilitator) {
        this.facilitator = facilitator;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public List<Assessment> getAssessments() {
        return assessments;
    }
    /**
     * Copies of the frameworks this workbook is rated on that are not bundled with the app, so the file
     * opens, rates and exports on a laptop that never imported them (docs/WORKBOOK_FORMAT.md).
     */
    public List<Framework> getFrameworks() {
        return frameworks;
    }
    /** Embedded frameworks this app could not read (e.g. from a newer app), kept as plain data and written back. */
    public List<Object> getUnreadableFrameworks() {
        return unreadableFrameworks;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
