package org.fiscallens.checks;

import org.fiscallens.model.Severity;

/**
 * One entry of the rule catalogue (docs/rules.md is generated from these).
 *
 * @param id       stable id, e.g. {@code rate.share}
 * @param category one of the stable categories of docs/schema.md
 * @param severity the highest severity the rule reports (it may report less where its evidence is softer)
 * @param what     what it checks
 * @param why      why an auditor cares / why the verdict is certain
 * @param example  a real or template example of what it reports
 */
public record RuleInfo(String id, String category, Severity severity, String what, String why, String example) {
}
