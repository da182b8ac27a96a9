package org.fiscallens.export;

import org.fiscallens.batch.AtomicFiles;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Severity;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pdf.PdfReadException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code fiscal export --format html}: one self-contained page per document for auditors (no external file:
 * styles inline, page crops embedded as {@code data:} PNGs), and an {@code index.html} linking them. A page
 * shows the document's facts, then its findings grouped by severity, each with its message, arithmetic and
 * evidence: the quote, the table cell it names, and a crop of the source page around the evidence box with
 * the box highlighted (rendered from the source PDF, found by its sha256). Page by page, every narrative figure
 * carries its tick mark from the tie-out (✓ agrees, ✗ contradicts, ○ untied; {@code data-tie}) with its sources
 * on hover or click ({@link TieMarks}), drawn over the page image too; a summary counts the three, and a filter
 * shows the figures of one status only (the untied ones: what was not checked).
 */
public final class HtmlReporter {

    /** What was written for one document. */
    public record Report(Path file, String document, int findings, int crops, boolean sourceFound) {}

    private HtmlReporter() {}

    public static List<Report> write(Iterable<LoadedResult> results, Path outDir, PdfLocator locator, Consumer<String> warn)
            throws IOException {
        List<Report> reports = new ArrayList<>();
        List<String[]> index = new ArrayList<>();
        for (LoadedResult r : results) {
            Path file = outDir.resolve(r.name() + ".html");
            Optional<Path> pdf = locator.find(r.doc().source());
            PageCropper cropper = null;
            if (pdf.isPresent()) {
                try {
                    cropper = new PageCropper(PdfOpener.open(pdf.get(), null));
                } catch (PdfReadException e) {
                    warn.accept(pdf.get() + ": " + e.getMessage() + " (report without page crops)");
                }
            } else if (!r.doc().findings().isEmpty()) {
                warn.accept(r.json() + ": source PDF " + r.documentName() + " not found (give --pdf-dir); report without page crops");
            }
            int[] crops = {0};
            String html;
            try {
                html = page(r, cropper, crops, warn);
            } finally {
                if (cropper != null) cropper.close();
            }
            AtomicFiles.write(file, html);
            reports.add(new Report(file, r.documentName(), r.doc().findings().size(), crops[0], cropper != null));
            index.add(new String[]{outDir.relativize(file).toString().replace('\\', '/'), r.documentName(), nz(r.entity()),
                    r.year() == null ? "" : r.year().toString(), nz(r.kind()), count(r.doc(), Severity.ERROR),
                    count(r.doc(), Severity.WARNING), count(r.doc(), Severity.INFO)});
        }
        AtomicFiles.write(outDir.resolve("index.html"), index(index));
        return reports;
    }

    private static String count(FiscalDocument d, Severity s) {
        return String.valueOf(d.findings().stream().filter(f -> f.severity() == s).count());
    }

    static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:24px auto;max-width:1180px;color:#1d1d1f;background:#fff;line-height:1.45}
            h1{font-size:22px;margin:0 0 4px} h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:28px}
            h3{font-size:16px;margin:18px 0 8px} .sub{color:#555;margin:0 0 12px}
            table{border-collapse:collapse;font-size:13px} td,th{border:1px solid #d0d0d0;padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#f2f2f2} td.num{text-align:right;font-variant-numeric:tabular-nums}
            .counts span{display:inline-block;margin-right:14px;font-weight:bold}
            .finding{border:1px solid #ddd;border-left:6px solid #999;border-radius:4px;padding:8px 12px;margin:10px 0}
            .error{border-left-color:#b00020} .warning{border-left-color:#c77700} .info{border-left-color:#3a6ea5}
            .sev-error{color:#b00020} .sev-warning{color:#c77700} .sev-info{color:#3a6ea5}
            .meta{font-size:12px;color:#666} .message{margin:4px 0;font-size:15px}
            pre.arith{background:#f7f7f7;padding:6px 8px;margin:6px 0;white-space:pre-wrap;font-size:13px}
            figure{margin:8px 0} figcaption{font-size:13px;color:#333;margin-bottom:4px}
            img.crop{display:block;border:1px solid #bbb;max-width:100%;height:auto}
            .note{background:#fff8e0;border:1px solid #e6d48a;padding:6px 10px}
            """;

    /** The page's script: filters, a click on a finding's page link, the review file, a test hook (#test-click-N). */
    static final String SCRIPT = """
            window.fiscalErrors=[];window.addEventListener('error',function(e){window.fiscalErrors.push(String(e.message));document.body&&(document.body.dataset.jsErrors=window.fiscalErrors.length);});
            function fiscalFilter(){var s=document.getElementById('f-sev').value,c=document.getElementById('f-cat').value,p=document.getElementById('f-page').value,n=0;
             document.querySelectorAll('article.finding').forEach(function(a){var ok=(!s||a.dataset.severity===s)&&(!c||a.dataset.category===c)&&(!p||(' '+a.dataset.pages+' ').indexOf(' '+p+' ')>=0);a.hidden=!ok;if(ok)n++;});
             document.querySelectorAll('section.group').forEach(function(g){g.hidden=!g.querySelector('article.finding:not([hidden])');});
             document.getElementById('f-shown').textContent=n;}
            function fiscalGoto(a){var id=a.getAttribute('href').slice(1),t=document.getElementById(id);if(!t)return false;
             document.querySelectorAll('.current').forEach(function(x){x.classList.remove('current');});t.classList.add('current');
             document.body.dataset.current=id;t.scrollIntoView();history.replaceState(null,'','#'+id);return false;}
            function fiscalReviewed(){var out=[];document.querySelectorAll('article.finding').forEach(function(a){var v=a.querySelector('select.review').value;
             if(v)out.push({key:a.dataset.key,status:v,rule:a.dataset.rule,page:Number(a.dataset.pages.split(' ')[0])||null,message:a.querySelector('.message').textContent});});
             return {reviewed:out};}
            function fiscalDownload(){var b=new Blob([JSON.stringify(fiscalReviewed(),null,1)],{type:'application/json'}),u=URL.createObjectURL(b),a=document.createElement('a');
             a.href=u;a.download='reviewed.json';document.body.appendChild(a);a.click();a.remove();}
            function fiscalTieFilter(){var v=document.getElementById('f-tie').value,n=0;document.body.dataset.tieFilter=v;
             document.querySelectorAll('.mark').forEach(function(m){var ok=!v||(m.dataset.kind==='figure'&&m.dataset.tie===v);m.hidden=!ok;if(ok&&m.dataset.kind==='figure')n++;});
             document.querySelectorAll('a.tick').forEach(function(m){m.hidden=!!v&&m.dataset.tie!==v;});
             document.querySelectorAll('section.page').forEach(function(p){p.hidden=!!v&&!p.querySelector('.mark[data-kind=figure]:not([hidden])');});
             document.getElementById('f-ties-shown').textContent=v?n:'';}
            document.addEventListener('DOMContentLoaded',function(){
             document.querySelectorAll('span.mark').forEach(function(m){m.addEventListener('click',function(e){if(e.target.closest('a'))return;m.classList.toggle('open');});});
             document.querySelectorAll('td[data-figures]').forEach(function(td){td.addEventListener('click',function(){var a=document.createElement('a');a.setAttribute('href','#'+td.dataset.figures.split(' ')[0]);fiscalGoto(a);});});
             document.getElementById('f-tie').addEventListener('change',fiscalTieFilter);
             document.querySelectorAll('a.goto,a.mark').forEach(function(a){a.addEventListener('click',function(e){e.preventDefault();e.stopPropagation();fiscalGoto(a);});});
             ['f-sev','f-cat','f-page'].forEach(function(id){document.getElementById(id).addEventListener('change',fiscalFilter);});
             document.getElementById('download').addEventListener('click',fiscalDownload);fiscalFilter();
             var m=/^#test-click-(\\d+)$/.exec(location.hash);if(m){var f=document.getElementById('f-'+m[1]);if(f)f.querySelector('a.goto').click();}
             m=/^#test-tie-(\\w+)$/.exec(location.hash);if(m){var s=document.getElementById('f-tie');s.value=m[1];fiscalTieFilter();}
             m=/^#test-source-(\\d+)$/.exec(location.hash);if(m){var x=document.getElementById('x-'+m[1]),g=x&&x.querySelector('.src a.goto');if(g)g.click();}
             document.body.dataset.ready='1';});
            """;

    static final String MORE_STYLE = """
            .filters{position:sticky;top:0;background:#fff;padding:6px 0;border-bottom:1px solid #ddd;z-index:2;font-size:14px}
            .filters select{margin-right:12px}
            section.group{margin:14px 0} section.group>h4{margin:4px 0;font-size:14px;color:#444}
            .mark{display:inline-block;margin:2px 6px 2px 0;padding:1px 6px;border-radius:3px;text-decoration:none;font-size:13px;border:1px solid}
            .mark[data-tie=contradicts]{color:#b00020;border-color:#b00020;background:#fde8ec}
            .mark[data-tie=contradicts]::before{content:"✗ "}
            .mark[data-tie=agrees]{color:#1b6e20;border-color:#1b6e20}.mark[data-tie=agrees]::before{content:"✓ "}
            .mark[data-tie=untied]{color:#555;border-color:#aaa;border-style:dashed}.mark[data-tie=untied]::before{content:"○ "}
            td[data-tie=contradicts]{outline:2px solid #b00020;background:#fde8ec}
            td[data-tie=agrees]{outline:1px solid #1b6e20;background:#e9f5ea}td[data-tie=agrees]::after{content:" ✓";color:#1b6e20}
            td[data-tie=contradicts]::after{content:" ✗";color:#b00020} td[data-figures]{cursor:pointer} td.current{box-shadow:0 0 0 3px #ff00aa}
            span.mark{position:relative;cursor:pointer} span.mark.current{box-shadow:0 0 0 3px #ff00aa}
            .mark .src{display:none;position:absolute;left:0;top:100%;z-index:5;min-width:340px;max-width:560px;background:#fff;color:#1d1d1f;
             border:1px solid #888;border-radius:3px;padding:4px 8px;box-shadow:0 2px 6px rgba(0,0,0,.25);font-size:12px}
            .mark:hover .src,.mark:focus .src,.mark.open .src{display:block} .mark .src::before{content:none}
            .src-head,.src-line{display:block} .src-line[data-agrees=false]{color:#b00020}
            .ties{font-size:15px} .t-agrees{color:#1b6e20;font-weight:bold}.t-contradicts{color:#b00020;font-weight:bold}.t-untied{color:#555;font-weight:bold}
            .pageimg{position:relative;display:inline-block;max-width:48%;flex:none}.pagebody .pageimg img{max-width:100%;display:block}
            a.tick{position:absolute;display:block;box-sizing:border-box;border:1px solid;text-decoration:none}
            a.tick[data-tie=agrees]{border-color:#1b6e20}a.tick[data-tie=contradicts]{border:2px solid #b00020}a.tick[data-tie=untied]{border:1px dashed #999}
            a.tick::after{position:absolute;right:-12px;top:-4px;font-size:11px;font-weight:bold}
            a.tick[data-tie=agrees]::after{content:"✓";color:#1b6e20}a.tick[data-tie=contradicts]::after{content:"✗";color:#b00020}a.tick[data-tie=untied]::after{content:"○";color:#777}
            [hidden]{display:none!important}
            @media print{.mark .src{display:none!important}.filters{position:static}}
            section.page{border-top:2px solid #ccc;margin-top:18px;padding-top:6px}
            section.page.current,article.finding.current{box-shadow:0 0 0 3px #ff00aa}
            .pagebody{display:flex;gap:16px;align-items:flex-start}.pagebody img{max-width:48%;border:1px solid #bbb}
            .pagebody .read{flex:1;min-width:0;overflow-x:auto}
            """;

    private static String page(LoadedResult r, PageCropper cropper, int[] crops, Consumer<String> warn) {
        FiscalDocument d = r.doc();
        // a model written before the tie-out carries no ticks: tie it here, as `fiscal check` on a JSON model does
        if (d.facts().stream().anyMatch(f -> f.tie() == null)) d = org.fiscallens.tieout.TieOut.apply(d);
        TieMarks ties = new TieMarks(d);
        DocumentInfo info = r.info();
        SourceInfo src = d.source();
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = (info.entity() != null ? info.entity() : r.documentName())
                + (info.fiscalYear() != null ? " " + info.fiscalYear() : "") + " — Fiscal Lens 审计底稿";
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append(MORE_STYLE).append("</style>\n<script>").append(SCRIPT)
                .append("</script></head>\n<body>\n");
        h.append("<header><h1>").append(esc(info.entity() != null ? info.entity() : r.documentName())).append("</h1>\n");
        if (info.title() != null) h.append("<p class=\"sub\">").append(esc(info.title())).append("</p>\n");
        h.append("<table class=\"docfacts\">\n");
        row(h, "类型", info.kind() == null ? null : info.kind().id());
        row(h, "范围", info.scope() == null ? null : info.scope().id());
        row(h, "年度", info.fiscalYear() == null ? null : info.fiscalYear().toString());
        row(h, "单位", info.entity());
        row(h, "源文件", src.file());
        row(h, "sha256", src.sha256());
        row(h, "页数", String.valueOf(src.pages()));
        row(h, "生成软件", src.producer());
        row(h, "读取工具", d.tool());
        h.append("</table>\n");
        h.append("<p class=\"counts\">");
        for (Severity s : Severity.values()) {
            h.append("<span class=\"sev-").append(s.id()).append("\">").append(label(s)).append(' ').append(count(d, s)).append("</span>");
        }
        h.append("</p>\n");
        int cited = 0;
        for (Finding f : d.findings()) cited += f.evidence().size();
        int[] sum = ties.summary();
        h.append("<p class=\"ties\" id=\"tie-summary\" data-agrees=\"").append(sum[0]).append("\" data-contradicts=\"").append(sum[1])
                .append("\" data-untied=\"").append(sum[2]).append("\">文中数字勾稽：<span class=\"t-agrees\">✓ 一致 ").append(sum[0])
                .append("</span> · <span class=\"t-contradicts\">✗ 矛盾 ").append(sum[1]).append("</span> · <span class=\"t-untied\">○ 未勾稽 ")
                .append(sum[2]).append("</span>（共 ").append(sum[0] + sum[1] + sum[2]).append(" 个）</p>\n");
        h.append("<p class=\"meta\">核对范围：").append(d.facts().size()).append(" 个文中数字，").append(d.tables().size())
                .append(" 张表；发现所引证据 ").append(cited).append(" 处。✓ 一致：与表格单元格、其他数字或计算相符；✗ 矛盾：至少一处不符；"
                        + "○ 未勾稽：未找到可比对的来源，未核对（不等于正确，“0 条发现”也不表示已全部核对一致）。"
                        + "把鼠标移到数字上或点击它，可看到来源。</p>\n");
        if (cropper == null && !d.findings().isEmpty()) {
            h.append("<p class=\"note\">未找到源 PDF（sha256 ").append(esc(src.sha256()))
                    .append("），页面截图从略；导出时请用 <code>--pdf-dir</code> 指定 PDF 所在目录。</p>\n");
        }
        h.append("</header>\n");
        // filters
        java.util.TreeSet<String> cats = new java.util.TreeSet<>();
        java.util.TreeSet<Integer> fpages = new java.util.TreeSet<>();
        for (Finding f : d.findings()) {
            if (f.category() != null) cats.add(f.category());
            for (Evidence e : f.evidence()) if (e.page() > 0) fpages.add(e.page());
        }
        h.append("<nav class=\"filters\">严重程度 <select id=\"f-sev\"><option value=\"\">全部</option>");
        for (Severity s : Severity.values()) h.append("<option value=\"").append(s.id()).append("\">").append(label(s)).append("</option>");
        h.append("</select>类别 <select id=\"f-cat\"><option value=\"\">全部</option>");
        for (String c : cats) h.append("<option>").append(esc(c)).append("</option>");
        h.append("</select>页 <select id=\"f-page\"><option value=\"\">全部</option>");
        for (int pg : fpages) h.append("<option value=\"").append(pg).append("\">第 ").append(pg).append(" 页</option>");
        h.append("</select>显示 <b id=\"f-shown\">").append(d.findings().size()).append("</b> / ").append(d.findings().size())
                .append(" 条 数字 <select id=\"f-tie\"><option value=\"\">全部</option><option value=\"untied\">只看 ○ 未勾稽</option>"
                        + "<option value=\"contradicts\">只看 ✗ 矛盾</option><option value=\"agrees\">只看 ✓ 一致</option></select>"
                        + "<b id=\"f-ties-shown\"></b> <button id=\"download\" type=\"button\">下载复核文件 reviewed.json</button>")
                .append(" <span class=\"meta\">（供 <code>fiscal check --baseline reviewed.json</code> 使用）</span></nav>\n");

        h.append("<section id=\"findings\"><h2>发现</h2>\n");
        if (d.findings().isEmpty()) h.append("<p>无发现（不等于已全部核对一致，见上方核对范围）。</p>\n");
        // root causes: the same rule at the same first place is one group
        java.util.LinkedHashMap<String, List<Integer>> groups = new java.util.LinkedHashMap<>();
        List<Finding> all = d.findings();
        List<Integer> order = new ArrayList<>();
        for (Severity s : Severity.values()) for (int i = 0; i < all.size(); i++) if (all.get(i).severity() == s) order.add(i);
        for (int i = 0; i < all.size(); i++) if (all.get(i).severity() == null) order.add(i);
        for (int i : order) groups.computeIfAbsent(groupKey(all.get(i)), k -> new ArrayList<>()).add(i);
        int g = 0;
        Severity shown = null;
        boolean first = true;
        for (List<Integer> members : groups.values()) {
            Severity sv = all.get(members.get(0)).severity();
            if (first || sv != shown) {
                long n = all.stream().filter(f -> f.severity() == sv).count();
                h.append("<h3").append(sv == null ? "" : " id=\"" + sv.id() + "\" class=\"sev-" + sv.id() + "\"").append('>')
                        .append(label(sv)).append("（").append(n).append("）</h3>\n");
                shown = sv;
                first = false;
            }
            h.append("<section class=\"group\" id=\"g-").append(++g).append("\">");
            if (members.size() > 1) h.append("<h4>同一处、同一规则的 ").append(members.size()).append(" 条发现（同一原因）</h4>");
            for (int i : members) finding(h, all.get(i), i + 1, src.sha256(), cropper, crops, warn, r);
            h.append("</section>\n");
        }
        h.append("</section>\n");
        pages(h, d, ties, cropper, warn, r);
        h.append("<footer><p class=\"meta\">Fiscal Lens 报告：").append(esc(r.documentName())).append("（")
                .append(esc(r.json().getFileName().toString())).append("）。</p></footer>\n</body></html>\n");
        return h.toString();
    }

    /** The root cause of a finding as far as it can be told: its rule and the place of its first evidence. */
    static String groupKey(Finding f) {
        Evidence e = f.evidence().isEmpty() ? null : f.evidence().get(0);
        if (e == null) return f.rule() + "|" + f.message();
        return f.rule() + "|" + e.file() + "|" + e.page() + "|" + (e.table() != null ? e.table() + "|" + e.row() + "|" + e.column() : e.quote());
    }

    /**
     * The pages: for each page with evidence, figures or tables, its marks (each evidence a finding cites, ✗; each
     * narrative figure with its tick mark from the tie-out, its sources shown on hover or click), the page image
     * with the figures' ticks drawn over it, and the tables read on it (a cell a tie or a finding names, marked).
     */
    private static void pages(StringBuilder h, FiscalDocument d, TieMarks ties, PageCropper cropper, Consumer<String> warn, LoadedResult r) {
        java.util.TreeMap<Integer, List<String>> marks = new java.util.TreeMap<>();
        java.util.TreeMap<Integer, List<Integer>> figures = new java.util.TreeMap<>();
        List<Finding> all = d.findings();
        for (int i = 0; i < all.size(); i++) {
            for (Evidence e : all.get(i).evidence()) {
                if (e.page() <= 0) continue;
                String what = e.table() != null ? "《" + e.table() + "》" + nz(e.row()) + " / " + nz(e.column()) : nz(e.quote());
                marks.computeIfAbsent(e.page(), k -> new ArrayList<>()).add("<a class=\"mark\" data-tie=\"contradicts\" data-kind=\"evidence\" href=\"#f-"
                        + (i + 1) + "\" title=\"" + esc(all.get(i).message()) + "\">" + esc(cut(what, 40)) + "</a>");
            }
        }
        for (int i = 0; i < d.facts().size(); i++) {
            Fact f = d.facts().get(i);
            if (f.page() <= 0) continue;
            figures.computeIfAbsent(f.page(), k -> new ArrayList<>()).add(i);
            int by = ties.citedBy(i);
            marks.computeIfAbsent(f.page(), k -> new ArrayList<>()).add("<span class=\"mark\" tabindex=\"0\" id=\"x-" + i
                    + "\" data-kind=\"figure\" data-tie=\"" + ties.status(i) + "\"" + (by > 0 ? " data-finding=\"f-" + by + "\"" : "")
                    + " aria-label=\"" + esc(TieMarks.figureText(f) + "：" + ties.sourcesText(i).replace("\n", "；")) + "\">" + esc(cut(TieMarks.figureText(f), 40))
                    + "<span class=\"src\">" + ties.sourcesHtml(i) + "</span></span>");
        }
        java.util.TreeMap<Integer, List<Integer>> tables = new java.util.TreeMap<>();
        for (int t = 0; t < d.tables().size(); t++) {
            Table tb = d.tables().get(t);
            if (!tb.pages().isEmpty()) tables.computeIfAbsent(tb.pages().get(0), k -> new ArrayList<>()).add(t);
        }
        java.util.TreeSet<Integer> pages = new java.util.TreeSet<>(marks.keySet());
        pages.addAll(tables.keySet());
        if (pages.isEmpty()) return;
        h.append("<section id=\"pages\"><h2>逐页（标记：✓ 一致 · ✗ 矛盾 · ○ 未勾稽）</h2>\n");
        for (int pg : pages) {
            h.append("<section class=\"page\" id=\"page-").append(pg).append("\"><h3>第 ").append(pg).append(" 页</h3>\n<p class=\"marks\">");
            for (String m : marks.getOrDefault(pg, List.of())) h.append(m);
            h.append("</p>\n<div class=\"pagebody\">");
            if (cropper != null && (tables.containsKey(pg) || figures.containsKey(pg))) {
                try {
                    BufferedImage img = cropper.page(pg);
                    if (img != null) {
                        h.append("<div class=\"pageimg\"><img alt=\"第 ").append(pg).append(" 页\" src=\"data:image/png;base64,")
                                .append(Base64.getEncoder().encodeToString(png(img))).append("\">");
                        // the page image is at half the crop scale: a box in points maps to percentages of its size
                        double pw = img.getWidth() / (PageCropper.SCALE / 2), ph = img.getHeight() / (PageCropper.SCALE / 2);
                        for (int i : figures.getOrDefault(pg, List.of())) {
                            org.fiscallens.model.Box b = d.facts().get(i).box();
                            if (b == null) continue;
                            h.append("<a class=\"tick goto\" href=\"#x-").append(i).append("\" data-tie=\"").append(ties.status(i))
                                    .append("\" style=\"left:").append(pct(b.x0(), pw)).append("%;top:").append(pct(b.top(), ph))
                                    .append("%;width:").append(pct(b.width(), pw)).append("%;height:").append(pct(b.height(), ph))
                                    .append("%\" title=\"").append(esc(TieMarks.figureText(d.facts().get(i)))).append("\"></a>");
                        }
                        h.append("</div>");
                    }
                } catch (IOException | RuntimeException ex) {
                    warn.accept(r.documentName() + ": page " + pg + ": cannot render: " + ex.getMessage());
                }
            }
            h.append("<div class=\"read\">");
            for (int t : tables.getOrDefault(pg, List.of())) table(h, d.tables().get(t), t, all, ties);
            h.append("</div></div></section>\n");
        }
        h.append("</section>\n");
    }

    private static String pct(double v, double of) {
        return String.format(java.util.Locale.ROOT, "%.2f", of <= 0 ? 0 : Math.max(0, Math.min(100, v * 100 / of)));
    }

    /**
     * An extracted table as read: its rows and columns; a cell a finding cites or a tie disagrees with marked ✗, a
     * cell ties agree with ✓ (with the figures tied to it), any other printed value ○.
     */
    private static void table(StringBuilder h, Table t, int ti, List<Finding> all, TieMarks ties) {
        h.append("<h4>").append(esc(t.title() != null ? t.title() : t.kind())).append("（").append(esc(t.unit())).append("，第 ")
                .append(esc(pages(t.pages()))).append(" 页）</h4>\n<table class=\"read\"><tr><th>编码</th><th>名称</th>");
        for (String c : t.columns()) h.append("<th>").append(esc(c)).append("</th>");
        h.append("</tr>\n");
        for (int ri = 0; ri < t.rows().size(); ri++) {
            org.fiscallens.model.TableRow row = t.rows().get(ri);
            h.append("<tr><td>").append(esc(row.code())).append("</td><td>").append(esc(row.name())).append("</td>");
            for (int ci = 0; ci < t.columns().size(); ci++) {
                String c = t.columns().get(ci);
                BigDecimal v = row.values().get(c);
                int by = cellCitedBy(all, row, c);
                String st = ties.cellStatus(t, row, c, by > 0);
                String figs = ties.cellFigureIds(t, row, c);
                if (st == null && v != null) st = TieMarks.UNTIED;
                h.append("<td class=\"num\"");
                if (st != null) {
                    if (!st.equals(TieMarks.UNTIED)) h.append(" id=\"").append(TieMarks.cellId(ti, ri, ci)).append('"');
                    h.append(" data-tie=\"").append(st).append('"');
                    if (by > 0) h.append(" data-finding=\"f-").append(by).append('"');
                    if (!figs.isEmpty()) h.append(" data-figures=\"").append(figs).append('"');
                }
                h.append('>').append(v == null ? "" : esc(v.toPlainString())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static int cellCitedBy(List<Finding> all, org.fiscallens.model.TableRow row, String column) {
        String label = ((row.code() == null ? "" : row.code()) + " " + nz(row.name())).strip();
        for (int i = 0; i < all.size(); i++) {
            for (Evidence e : all.get(i).evidence()) {
                if (e.table() != null && column.equals(e.column()) && label.equals(e.row()) && e.page() == row.page()) return i + 1;
            }
        }
        return 0;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }

    private static void finding(StringBuilder h, Finding f, int n, String sha, PageCropper cropper, int[] crops, Consumer<String> warn,
                                LoadedResult r) {
        String sev = f.severity() == null ? "info" : f.severity().id();
        StringBuilder pg = new StringBuilder();
        for (Evidence e : f.evidence()) if (e.page() > 0 && !(" " + pg + " ").contains(" " + e.page() + " ")) pg.append(pg.length() > 0 ? " " : "").append(e.page());
        h.append("<article class=\"finding ").append(sev).append("\" id=\"f-").append(n).append("\" data-severity=\"").append(sev)
                .append("\" data-category=\"").append(esc(f.category())).append("\" data-rule=\"").append(esc(f.rule()))
                .append("\" data-pages=\"").append(pg).append("\" data-key=\"").append(org.fiscallens.checks.report.Review.key(sha, f))
                .append("\">\n<div class=\"meta\"><a href=\"#f-").append(n).append("\">#").append(n).append("</a> · ")
                .append(label(f.severity())).append(" · ").append(esc(f.category())).append(" · ").append(esc(f.rule()))
                .append(" · 复核 <select class=\"review\"><option value=\"\">未复核</option><option value=\"accepted\">接受</option>"
                        + "<option value=\"dismissed\">驳回</option></select></div>\n<p class=\"message\">").append(esc(f.message())).append("</p>\n");
        if (f.arithmetic() != null && !f.arithmetic().isBlank()) {
            h.append("<pre class=\"arith\">").append(esc(f.arithmetic())).append("</pre>\n");
        }
        for (Evidence e : f.evidence()) {
            h.append("<figure class=\"evidence\"><figcaption>");
            if (e.file() != null) h.append(esc(e.file())).append(' ');
            if (e.page() > 0) h.append("<a class=\"goto\" href=\"#page-").append(e.page()).append("\">第 ").append(e.page()).append(" 页</a>");
            List<String> cell = new ArrayList<>();
            if (e.table() != null) cell.add("《" + e.table() + "》");
            if (e.row() != null) cell.add("行 " + e.row());
            if (e.column() != null) cell.add("列 " + e.column());
            if (!cell.isEmpty()) h.append(" · ").append(esc(String.join(" ", cell)));
            if (e.quote() != null) h.append(" · “").append(esc(e.quote())).append('”');
            h.append("</figcaption>");
            if (cropper != null && (e.box() != null || e.cell() != null) && e.page() > 0) {
                try {
                    BufferedImage img = cropper.crop(e.page(), e.box(), e.cell(), e.header());
                    if (img != null) {
                        h.append("\n<img class=\"crop\" width=\"").append(img.getWidth()).append("\" height=\"").append(img.getHeight())
                                .append("\" alt=\"第 ").append(e.page()).append(e.cell() != null ? " 页，单元格及其列标题已框出" : " 页，证据已框出")
                                .append("\" src=\"data:image/png;base64,")
                                .append(Base64.getEncoder().encodeToString(png(img))).append("\">");
                        crops[0]++;
                    }
                } catch (IOException | RuntimeException ex) {
                    warn.accept(r.documentName() + ": page " + e.page() + ": cannot render crop: " + ex.getMessage());
                }
            }
            h.append("</figure>\n");
        }
        h.append("</article>\n");
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static String index(List<String[]> docs) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Fiscal Lens 报告</title>\n<style>")
                .append(STYLE).append("</style></head>\n<body>\n<h1>Fiscal Lens 报告（").append(docs.size()).append("）</h1>\n<table>\n")
                .append("<tr><th>文件</th><th>单位</th><th>年度</th><th>类型</th><th>错误</th><th>警告</th><th>提示</th></tr>\n");
        for (String[] d : docs) {
            h.append("<tr><td><a href=\"").append(esc(href(d[0]))).append("\">").append(esc(d[1])).append("</a></td>");
            for (int i = 2; i < d.length; i++) h.append("<td").append(i >= 5 ? " class=\"num\"" : "").append('>').append(esc(d[i])).append("</td>");
            h.append("</tr>\n");
        }
        return h.append("</table>\n</body></html>\n").toString();
    }

    private static String href(String relative) {
        StringBuilder b = new StringBuilder();
        for (String part : relative.split("/")) {
            if (b.length() > 0) b.append('/');
            b.append(java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return b.toString();
    }

    private static void row(StringBuilder h, String k, String v) {
        if (v == null) return;
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private static String label(Severity s) {
        if (s == null) return "未定级";
        return switch (s) { case ERROR -> "错误"; case WARNING -> "警告"; case INFO -> "提示"; };
    }

    private static String pages(List<Integer> pages) {
        if (pages.isEmpty()) return "";
        return pages.size() == 1 ? pages.get(0).toString() : pages.get(0) + "–" + pages.get(pages.size() - 1);
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
