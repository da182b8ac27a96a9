package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.SkippedPage;

import java.util.List;

/**
 * Pages the reader left unread because they went past one of its limits ({@code source.skippedPages}): the checks
 * of the other rules know nothing of what such a page says, so the report says it is incomplete.
 */
public final class ReadLimitRules implements Rule {
    public static final RuleInfo PAGE_SKIPPED = new RuleInfo("complete.page_skipped", CompletenessRules.CAT, Severity.WARNING,
            "超出读取限制而未读取的页（内容流、字形、图形、字体或扫描图像过大；限制见 README “Limits”，可用 --limit 调整）",
            "该页的文字和表格未参与任何检查：报告不完整，结论可能遗漏该页上的问题",
            "第 12 页未读取：the page shows more than 50,000 characters (limit page-glyphs: 50,000; raise it with --limit page-glyphs=N)");

    @Override
    public List<RuleInfo> rules() { return List.of(PAGE_SKIPPED); }

    @Override
    public void apply(CheckContext ctx) {
        if (ctx.doc().source() == null || ctx.doc().source().skippedPages() == null) return;
        for (SkippedPage p : ctx.doc().source().skippedPages()) {
            ctx.report(PAGE_SKIPPED, "第 " + p.page() + " 页未读取：" + p.reason(), null,
                    List.of(new Evidence(p.page(), null, null, null, null, null)));
        }
    }
}
