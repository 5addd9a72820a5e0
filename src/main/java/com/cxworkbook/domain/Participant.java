package com.cxworkbook.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Someone in the workshop room. */
public class Participant {

    private String id = UUID.randomUUID().toString().substring(0, 8);
    private String name;
    private String role;
    private String group;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public Participant() {}

    public Participant(String name, String role) {
        this.name = name;
        this.role = role;
    }

    /** Stable key for this participant's ratings; names may be corrected later without losing them. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
    /** The group compared in perception gaps, e.g. "Leadership" or "Front line"; the role when unset. */
    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String groupOrRole() {
        if (group != null && !group.isBlank()) {
            return group;
        }
        return role == null || role.isBlank() ? "Unassigned" : role;
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
