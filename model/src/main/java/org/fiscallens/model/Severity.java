package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String id;
    Severity(String id) { this.id = id; }
    @JsonValue public String id() { return id; }
}
