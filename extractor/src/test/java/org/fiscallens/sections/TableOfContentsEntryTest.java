package org.fiscallens.sections;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Contents entries whose list number runs into a year ("5．2024年…") are entries, not amounts. */
class TableOfContentsEntryTest {
    @Test
    void listNumberBeforeAYear() {
        assertTrue(TableOfContents.isEntry("5．2024年部门一般公共预算支出功能分类预算表……………………"));
        assertTrue(TableOfContents.isEntry("12.2019年度政府采购预算表 ………… 23"));
        assertTrue(TableOfContents.isEntry("4. 2025年部门财政拨款收支预算总表"));
        // an amount is still not an entry
        assertFalse(TableOfContents.isEntry("收入合计2,946.25"));
        assertFalse(TableOfContents.isEntry("5.2024万元"));
    }
}
