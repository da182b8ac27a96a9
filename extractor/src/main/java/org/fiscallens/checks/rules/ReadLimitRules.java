package org.fiscallens.checks.rules;

import org.fiscallens.checks.CheckContext;
import org.fiscallens.checks.Rule;
import org.fiscallens.checks.RuleInfo;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Severity;
import org.fiscallens.model.SkippedPage;

import java.util.List;

/**
 * Pages the reader left unread because they went past one of its limits ({@code source.skippedPages}), and pages
 * that show text the reader could not read ({@code source.unreadTextPages}: a content stream damaged part way, or
 * characters that map to nothing readable): the checks of the other rules know nothing of what such a page says,
 * so the report says it is incomplete. A page with no text is never silently empty.
 */
public final class ReadLimitRules implements Rule {
    public static final RuleInfo PAGE_SKIPPED = new RuleInfo("complete.page_skipped", CompletenessRules.CAT, Severity.WARNING,
            "超出读取限制而未读取的页（内容流、字形、图形、字体或扫描图像过大；限制见 README “Limits”，可用 --limit 调整）",
            "该页的文字和表格未参与任何检查：报告不完整，结论可能遗漏该页上的问题",
            "第 12 页未读取：the page shows more than 50,000 characters (limit page-glyphs: 50,000; raise it with --limit page-glyphs=N)");

    public static final RuleInfo TEXT_UNREAD = new RuleInfo("complete.text_unread", CompletenessRules.CAT, Severity.WARNING,
            "页面内容流显示了文字，但读不出可读的字符（内容流中途损坏，或字体及其字符映射 ToUnicode 损坏、缺失）",
            "该页（或其损坏处之后）的文字和表格未参与任何检查：报告不完整；可用原始软件重新导出 PDF，或对该页做 OCR",
            "第 3 页文字未能读取：it shows 1,204 characters, none of which maps to a readable character (a font or its character map, ToUnicode, is damaged or missing)");

    @Override
    public List<RuleInfo> rules() { return List.of(PAGE_SKIPPED, TEXT_UNREAD); }

    @Override
    public void apply(CheckContext ctx) {
        if (ctx.doc().source() == null) return;
        if (ctx.doc().source().skippedPages() != null) {
            for (SkippedPage p : ctx.doc().source().skippedPages()) {
                ctx.report(PAGE_SKIPPED, "第 " + p.page() + " 页未读取：" + p.reason(), null,
                        List.of(new Evidence(p.page(), null, null, null, null, null)));
            }
        }
        if (ctx.doc().source().unreadTextPages() != null) {
            for (SkippedPage p : ctx.doc().source().unreadTextPages()) {
                ctx.report(TEXT_UNREAD, "第 " + p.page() + " 页文字未能读取：" + p.reason(), null,
                        List.of(new Evidence(p.page(), null, null, null, null, null)));
            }
        }
    }
}
