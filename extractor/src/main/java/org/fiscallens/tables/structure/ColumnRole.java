package org.fiscallens.tables.structure;

/** What a grid column holds. */
public enum ColumnRole {
    /** 科目编码 (whole, or one of the 类/款/项 sub-columns). */
    CODE,
    /** Row label: 项目 / 科目名称 / 项目名称. */
    NAME,
    /** Figures. */
    VALUE,
    /** 行次 numbering, not data. */
    INDEX
}
