package org.fiscallens.sections;

import org.fiscallens.layout.TextLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.fiscallens.sections.SyntheticLines.LEFT;
import static org.fiscallens.sections.SyntheticLines.RIGHT;
import static org.fiscallens.sections.SyntheticLines.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Headings and run-in terms whose first line wraps onto a line in another face (ParagraphBuilder.wrapsTitle). */
class HeadingWrapTest {
    private static final double SIZE = 16;
    private static final String BODY = "FangSong";
    private static final String HEI = "SimHei";

    /** A line of body text ending at the right margin, starting at {@code x0}. */
    private static TextLine full(double x0, double top) {
        int n = (int) Math.round((RIGHT - x0) / SIZE);
        return line(1, x0, top, SIZE, BODY, "正文内容用于测试段落的排版与换行规则是否正确处理每一行文字".substring(0, n));
    }

    /** A line that ends exactly at the right margin. */
    private static TextLine atMargin(double top, String... fontAndText) {
        int chars = 0;
        for (int i = 1; i < fontAndText.length; i += 2) chars += fontAndText[i].length();
        return line(1, RIGHT - chars * SIZE, top, SIZE, fontAndText);
    }

    private static List<String> texts(List<TextLine> lines) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : SyntheticLines.paragraphs(SyntheticLines.page(1, lines))) out.add(p.text());
        return out;
    }

    /** Two ordinary indented paragraphs after the lines under test, so that the page has margins and indents. */
    private static List<TextLine> withBody(double top, TextLine... lines) {
        List<TextLine> all = new ArrayList<>(List.of(lines));
        for (int k = 0; k < 2; k++) {
            all.add(full(LEFT + 2 * SIZE, top));
            all.add(full(LEFT, top + 30));
            all.add(line(1, LEFT, top + 60, SIZE, BODY, "结束。"));
            top += 90;
        }
        return all;
    }

    @Test
    void aHeadingWhoseSecondLineFellBackToTheBodyFaceIsOneTitle() {
        String first = "九、一般公共预算“三公”经费、会议费、培训费支出预";
        List<String> paragraphs = texts(withBody(160,
                atMargin(100, HEI, first),
                line(1, LEFT, 130, SIZE, BODY, "算情况说明")));
        assertEquals(first + "算情况说明", paragraphs.get(0));
        Paragraph p = SyntheticLines.paragraphs(SyntheticLines.page(1, withBody(160,
                atMargin(100, HEI, first), line(1, LEFT, 130, SIZE, BODY, "算情况说明")))).get(0);
        HeadingDetector.Heading h = new HeadingDetector(SIZE, false, BODY).detect(p);
        assertEquals("一般公共预算“三公”经费、会议费、培训费支出预算情况说明", h.title());
    }

    @Test
    void aRunInTermWrapsIntoItsDefinition() {
        // The term is in 黑体, the definition in the body face; the line is "bold" by its first glyphs.
        List<String> paragraphs = texts(withBody(190,
                line(1, LEFT + 2 * SIZE, 100, SIZE, HEI, "一、财政拨款：", BODY, "指由一般公共预算、政府性基金预算安"),
                full(LEFT, 130),
                line(1, LEFT, 160, SIZE, BODY, "数。")));
        assertEquals("一、财政拨款：指由一般公共预算、政府性基金预算安" + full(LEFT, 130).text() + "数。", paragraphs.get(0));
    }

    @Test
    void aBoldTitleAtTheMarginIsNotJoinedToALongBodyLine() {
        // Paragraphs flush left (no indents): only the face tells the title from the text under it.
        String title = "十、一般公共预算机关运行经费支出预算情况说明表";
        List<TextLine> lines = List.of(
                atMargin(100, HEI, title),
                full(LEFT, 130),
                line(1, LEFT, 160, SIZE, BODY, "结束。"),
                full(LEFT, 190),
                line(1, LEFT, 220, SIZE, BODY, "结束。"));
        List<String> paragraphs = texts(lines);
        assertEquals(title, paragraphs.get(0));
    }

    @Test
    void aFinishedOrNumberedLineIsNotContinued() {
        List<String> finished = texts(withBody(160,
                atMargin(100, HEI, "一、本部门职责包括以下十二项内容已经全部列出。"),
                line(1, LEFT, 130, SIZE, BODY, "附注")));
        assertEquals("一、本部门职责包括以下十二项内容已经全部列出。", finished.get(0));
        List<String> numbered = texts(withBody(160,
                atMargin(100, HEI, "（一）机关内设机构包括办公室法律政策研究室侦查"),
                line(1, LEFT, 130, SIZE, BODY, "1.办公室")));
        assertEquals("（一）机关内设机构包括办公室法律政策研究室侦查", numbered.get(0));
    }
}
