package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project with its money (万元) and performance indicators, from a self-assessment table or the narrative.
 *
 * @param kind    {@code project} (项目支出绩效自评) or {@code department} (部门整体绩效自评)
 * @param sources where it was read: {@code table}, {@code narrative} or both
 * @param grade   the self-assessed grade as printed (优, 良 …)
 * @param aliases other names the same project is given (the narrative's wording)
 * @param quote   the narrative summary sentence, when there is one
 * @param totalWeight the 总分 row's 分值 (100 when printed)
 * @param totalScore  the 总分 row's 得分
 * @param narrativeGrade the grade/score the narrative states for this project, with where it says so
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(String name, String department, String implementer,
                      BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                      BigDecimal executionRate, BigDecimal weight, BigDecimal score,
                      List<Indicator> indicators, List<Integer> pages,
                      String kind, List<String> sources, String grade, List<String> aliases, String quote,
                      BigDecimal totalWeight, BigDecimal totalScore, NarrativeGrade narrativeGrade) {
    public Project {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        pages = pages == null ? List.of() : List.copyOf(pages);
        sources = sources == null || sources.isEmpty() ? null : List.copyOf(sources);
        aliases = aliases == null || aliases.isEmpty() ? null : List.copyOf(aliases);
    }

    public Project(String name, String department, String implementer,
                   BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                   BigDecimal executionRate, BigDecimal weight, BigDecimal score,
                   List<Indicator> indicators, List<Integer> pages,
                   String kind, List<String> sources, String grade, List<String> aliases, String quote,
                   BigDecimal totalWeight, BigDecimal totalScore) {
        this(name, department, implementer, initialBudget, annualBudget, executed, executionRate, weight, score,
                indicators, pages, kind, sources, grade, aliases, quote, totalWeight, totalScore, null);
    }

    /** The same project with the narrative's grade/score; the grade is filled from it when no table gives one. */
    public Project withNarrativeGrade(NarrativeGrade g) {
        return new Project(name, department, implementer, initialBudget, annualBudget, executed, executionRate, weight, score,
                indicators, pages, kind, sources, grade != null ? grade : g.grade(), aliases, quote, totalWeight, totalScore, g);
    }

    public Project(String name, String department, String implementer,
                   BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed,
                   BigDecimal executionRate, BigDecimal weight, BigDecimal score,
                   List<Indicator> indicators, List<Integer> pages) {
        this(name, department, implementer, initialBudget, annualBudget, executed, executionRate, weight, score,
                indicators, pages, null, null, null, null, null, null, null, null);
    }
}
