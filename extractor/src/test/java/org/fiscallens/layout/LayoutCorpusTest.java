package org.fiscallens.layout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.corpus.Corpus;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layout layer on real pages: CJK text without inserted spaces, whole numbers, furniture, rotation. */
class LayoutCorpusTest {

    private static DocumentExtractor.Layout layout(Path pdf) throws Exception {
        try (PDDocument d = PdfOpener.open(pdf, null)) {
            return DocumentExtractor.layout(d);
        }
    }

    @Test
    void chineseLinesHaveNoInsertedSpacesAndNumbersStayWhole() throws Exception {
        Path pdf = Corpus.real().resolve("shanghai/上海市普陀区财政局2024年度部门决算.pdf");
        PageLayout p21 = layout(pdf).pages().get(20);
        List<String> texts = p21.lines().stream().map(TextLine::text).toList();
        assertTrue(texts.contains("上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入"), String.join("\n", texts));
        assertTrue(p21.words().stream().anyMatch(w -> w.text().contains("2995.39")), "2995.39 is inside one word");
    }

    @Test
    void thousandsSeparatedAmountsAreOneWord() throws Exception {
        Path pdf = Corpus.real().resolve("jiangsu/江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf");
        PageLayout p1 = layout(pdf).pages().get(0);
        assertTrue(p1.words().stream().anyMatch(w -> w.text().equals("27,664.22")),
                p1.words().stream().map(Word::text).toList().toString());
    }

    @Test
    void landscapePageIsTurnedUpright() throws Exception {
        Path pdf = Corpus.real().resolve("jiangsu/江苏省委办公厅__江苏省委办公厅2019年度部门预算公开表格.pdf");
        PageLayout p1 = layout(pdf).pages().get(0);
        assertTrue(p1.width() > p1.height(), "landscape frame " + p1.width() + "x" + p1.height());
        assertTrue(p1.lines().stream().anyMatch(l -> l.text().equals("收支预算总表")));
        assertTrue(p1.rulings().size() > 10, "rulings mapped into the same frame");
        // Rulings lie within the page frame.
        for (Ruling r : p1.rulings()) {
            assertTrue(r.x0() >= -1 && r.x1() <= p1.width() + 1 && r.y0() >= -1 && r.y1() <= p1.height() + 1, r.toString());
        }
    }

    @Test
    void pageNumbersAreFurnitureNotBody() throws Exception {
        Path pdf = Corpus.real().resolve("jiangsu/江苏省人民检察院__2019年度部门预算公开.pdf");
        DocumentExtractor.Layout layout = layout(pdf);
        long pageNumbers = layout.pages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.role() == LineRole.PAGE_NUMBER).count();
        assertTrue(pageNumbers >= layout.pages().size() / 2, "page numbers found: " + pageNumbers);
        for (PageLayout p : layout.pages()) {
            for (TextLine l : p.bodyLines()) {
                assertFalse(PageFurniture.isPageNumber(l.text()) && l.box().top() > p.height() * 0.9,
                        "page number left in body on page " + p.number() + ": " + l.text());
            }
        }
    }

    @Test
    void tableOfContentsIsRecognised() throws Exception {
        Path pdf = Corpus.real().resolve("shanghai/上海市普陀区财政局2024年度部门决算.pdf");
        DocumentExtractor.Layout layout = layout(pdf);
        assertFalse(layout.toc().pages().isEmpty(), "a 目录 was found");
        assertTrue(layout.toc().entries().stream().anyMatch(e -> e.contains("收入支出决算总表")), layout.toc().entries().toString());
    }

    @Test
    void contentsEndWhereTheBodyRepeatsAnEntry() throws Exception {
        // 目录 on page 2 lists the tables; page 3 opens with the first table, whose title repeats an entry.
        Path pdf = Corpus.real().resolve("jiangsu/江苏省委办公厅__江苏省委办公厅2018年度部门预算公开表.pdf");
        assertEquals(List.of(2), layout(pdf).toc().pages());
        // Contents spanning two pages, the second page continuing into the body (第一部分 repeats the first entry).
        Path two = Corpus.real().resolve("jiangsu/江苏省人大办公厅__江苏省人大办公厅2017年度预算公开.pdf");
        DocumentExtractor.Layout l2 = layout(two);
        assertEquals(List.of(1, 2), l2.toc().pages());
        assertTrue(l2.toc().entries().stream().anyMatch(e -> e.contains("名称解释") || e.contains("名词解释")), l2.toc().entries().toString());
    }

    @Test
    void pageNumberPatterns() {
        for (String s : List.of("— 1 —", "- 12 -", "3", "第 2 页", "第2页 共25页", "2/25", "-  4  -")) {
            assertTrue(PageFurniture.isPageNumber(s), s);
        }
        for (String s : List.of("2024年", "一、主要职能", "2,946.25")) {
            assertFalse(PageFurniture.isPageNumber(s), s);
        }
    }

    @Test
    void kangxiRadicalsFoldToIdeographs() {
        assertEquals("支出", Chars.normalize("\u2F40出"));
        assertEquals("2024", Chars.normalize("２０２４"));
    }
}
