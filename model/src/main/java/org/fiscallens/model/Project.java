package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/** A project with its money (万元) and performance indicators, from a self-assessment table or the narrative. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(String name, String department, String implementer,
                      BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                      BigDecimal executionRate, BigDecimal weight, BigDecimal score,
                      List<Indicator> indicators, List<Integer> pages) {
    public Project {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
