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
 * the box highlighted (rendered from the source PDF, found by its sha256).
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

    private static String page(LoadedResult r, PageCropper cropper, int[] crops, Consumer<String> warn) {
        FiscalDocument d = r.doc();
        DocumentInfo info = r.info();
        SourceInfo src = d.source();
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = (info.entity() != null ? info.entity() : r.documentName())
                + (info.fiscalYear() != null ? " " + info.fiscalYear() : "") + " — Fiscal Lens";
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n");
        h.append("<header><h1>").append(esc(info.entity() != null ? info.entity() : r.documentName())).append("</h1>\n");
        if (info.title() != null) h.append("<p class=\"sub\">").append(esc(info.title())).append("</p>\n");
        h.append("<table class=\"docfacts\">\n");
        row(h, "kind", info.kind() == null ? null : info.kind().id());
        row(h, "scope", info.scope() == null ? null : info.scope().id());
        row(h, "fiscal year", info.fiscalYear() == null ? null : info.fiscalYear().toString());
        row(h, "entity", info.entity());
        row(h, "source file", src.file());
        row(h, "sha256", src.sha256());
        row(h, "pages", String.valueOf(src.pages()));
        row(h, "producer", src.producer());
        row(h, "read by", d.tool());
        h.append("</table>\n");
        h.append("<p class=\"counts\">");
        for (Severity s : Severity.values()) {
            String n = count(d, s);
            h.append("<span class=\"sev-").append(s.id()).append("\">").append(n).append(' ')
                    .append(n.equals("1") && s != Severity.INFO ? s.id() : label(s)).append("</span>");
        }
        h.append("</p>\n");
        if (cropper == null && !d.findings().isEmpty()) {
            h.append("<p class=\"note\">The source PDF was not found (sha256 ").append(esc(src.sha256()))
                    .append("): page crops are omitted. Run the export with <code>--pdf-dir</code>.</p>\n");
        }
        h.append("</header>\n<section id=\"findings\"><h2>Findings</h2>\n");
        if (d.findings().isEmpty()) h.append("<p>No findings.</p>\n");
        for (Severity s : Severity.values()) {
            List<Finding> group = d.findings().stream().filter(f -> f.severity() == s).toList();
            if (group.isEmpty()) continue;
            h.append("<h3 id=\"").append(s.id()).append("\" class=\"sev-").append(s.id()).append("\">").append(label(s))
                    .append(" (").append(group.size()).append(")</h3>\n");
            for (Finding f : group) finding(h, f, cropper, crops, warn, r);
        }
        List<Finding> unrated = d.findings().stream().filter(f -> f.severity() == null).toList();
        if (!unrated.isEmpty()) {
            h.append("<h3>Unrated (").append(unrated.size()).append(")</h3>\n");
            for (Finding f : unrated) finding(h, f, cropper, crops, warn, r);
        }
        h.append("</section>\n");
        if (!d.tables().isEmpty()) {
            h.append("<section id=\"tables\"><h2>Tables read (").append(d.tables().size()).append(")</h2>\n<table>\n")
                    .append("<tr><th>kind</th><th>title</th><th>unit</th><th>pages</th><th>rows</th></tr>\n");
            for (Table t : d.tables()) {
                h.append("<tr><td>").append(esc(t.kind())).append("</td><td>").append(esc(t.title())).append("</td><td>")
                        .append(esc(t.unit())).append("</td><td>").append(esc(pages(t.pages()))).append("</td><td class=\"num\">")
                        .append(t.rows().size()).append("</td></tr>\n");
            }
            h.append("</table></section>\n");
        }
        if (!d.facts().isEmpty()) {
            h.append("<section id=\"facts\"><h2>Figures stated in the text (").append(d.facts().size()).append(")</h2>\n")
                    .append("<details").append(d.facts().size() <= 30 ? " open" : "").append("><summary>show</summary>\n<table>\n")
                    .append("<tr><th>label</th><th>value</th><th>unit</th><th>year</th><th>comparison</th><th>page</th><th>quote</th></tr>\n");
            for (Fact f : d.facts()) {
                h.append("<tr><td>").append(esc(f.label() != null ? f.label() : f.key())).append("</td><td class=\"num\">")
                        .append(esc(plain(f.value()))).append("</td><td>").append(esc(f.unit())).append("</td><td>")
                        .append(f.year() == null ? "" : f.year()).append("</td><td>").append(esc(f.comparison()))
                        .append("</td><td class=\"num\">").append(f.page() > 0 ? f.page() : "").append("</td><td>")
                        .append(esc(f.quote())).append("</td></tr>\n");
            }
            h.append("</table></details></section>\n");
        }
        h.append("<footer><p class=\"meta\">Fiscal Lens report of ").append(esc(r.documentName())).append(" (")
                .append(esc(r.json().getFileName().toString())).append(").</p></footer>\n</body></html>\n");
        return h.toString();
    }

    private static void finding(StringBuilder h, Finding f, PageCropper cropper, int[] crops, Consumer<String> warn, LoadedResult r) {
        String sev = f.severity() == null ? "info" : f.severity().id();
        h.append("<article class=\"finding ").append(sev).append("\">\n<div class=\"meta\">").append(esc(f.category()))
                .append(" · ").append(esc(f.rule())).append("</div>\n<p class=\"message\">").append(esc(f.message())).append("</p>\n");
        if (f.arithmetic() != null && !f.arithmetic().isBlank()) {
            h.append("<pre class=\"arith\">").append(esc(f.arithmetic())).append("</pre>\n");
        }
        for (Evidence e : f.evidence()) {
            h.append("<figure class=\"evidence\"><figcaption>");
            if (e.page() > 0) h.append("p. ").append(e.page());
            List<String> cell = new ArrayList<>();
            if (e.table() != null) cell.add(e.table());
            if (e.row() != null) cell.add(e.row());
            if (e.column() != null) cell.add(e.column());
            if (!cell.isEmpty()) h.append(" · ").append(esc(String.join(" / ", cell)));
            if (e.quote() != null) h.append(" · “").append(esc(e.quote())).append('”');
            h.append("</figcaption>");
            if (cropper != null && e.box() != null && e.page() > 0) {
                try {
                    BufferedImage img = cropper.crop(e.page(), e.box());
                    if (img != null) {
                        h.append("\n<img class=\"crop\" width=\"").append(img.getWidth()).append("\" height=\"").append(img.getHeight())
                                .append("\" alt=\"page ").append(e.page()).append(", evidence highlighted\" src=\"data:image/png;base64,")
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
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>Fiscal Lens reports</title>\n<style>")
                .append(STYLE).append("</style></head>\n<body>\n<h1>Fiscal Lens reports (").append(docs.size()).append(")</h1>\n<table>\n")
                .append("<tr><th>document</th><th>entity</th><th>year</th><th>kind</th><th>errors</th><th>warnings</th><th>info</th></tr>\n");
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
        return switch (s) { case ERROR -> "errors"; case WARNING -> "warnings"; case INFO -> "info"; };
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
