package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * The self-assessment result the narrative states for a project ("自评结果等次均为优", "综合评分为95分，等级为优").
 *
 * @param grade      the grade as printed (优, 优秀, 良 …); null when only a score is stated
 * @param score      the score as printed (95 for "95分"); null when only a grade is stated
 * @param scope      {@code project} when the statement is about this project (its 综述 names it, or it is the only
 *                   one), {@code all} when it is about every project (均为, 所有项目 …)
 * @param provenance page, box and verbatim sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NarrativeGrade(String grade, BigDecimal score, String scope, Provenance provenance) {
}
