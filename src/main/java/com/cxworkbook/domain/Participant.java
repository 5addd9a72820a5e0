package com.cxworkbook.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Someone in the workshop room. */
public class Participant {

    private String name;
    private String role;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public Participant() {
    }

    public Participant(String name, String role) {
        this.name = name;
        this.role = role;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public Map<String, Object> extra() { return extra; }
}
