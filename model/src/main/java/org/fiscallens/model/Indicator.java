package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** One 三级指标 row of a 项目支出绩效自评表 with its 一级/二级 parents. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(String level1, String level2, String name, String target, String actual,
                        BigDecimal weight, BigDecimal score, String deviationReason, int page) {
}
