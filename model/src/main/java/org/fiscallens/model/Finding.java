package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One verdict of a check, with the evidence and arithmetic a reader needs to confirm it; {@code calc} is the
 * same arithmetic as data (null where the rule compares no figures).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, String category, Severity severity, String message,
                      List<Evidence> evidence, String arithmetic, Calculation calc) {
    public Finding {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Finding(String rule, String category, Severity severity, String message, List<Evidence> evidence, String arithmetic) {
        this(rule, category, severity, message, evidence, arithmetic, null);
    }

    /** The same finding with {@code evidence}. */
    public Finding withEvidence(List<Evidence> evidence) {
        return new Finding(rule, category, severity, message, evidence, arithmetic, calc);
    }
}
