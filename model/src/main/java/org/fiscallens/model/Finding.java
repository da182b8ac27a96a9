package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** One verdict of a check, with the evidence and arithmetic a reader needs to confirm it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, String category, Severity severity, String message,
                      List<Evidence> evidence, String arithmetic) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
