package org.fiscallens.facts;

import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.Fact;
import org.fiscallens.sections.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 分别 distributes the figures over the enumerated subjects, in order, only when the counts match. */
class NarrativeEnumerationTest {

    private static List<Fact> facts(String text) {
        return NarrativeFacts.extract(List.of(new Paragraph(text, List.of(), 1, null)), List.of(), DocumentInfo.unknown());
    }

    private static String subjects(String text) {
        return facts(text).stream().map(f -> f.value().toPlainString() + ":" + f.subject()).collect(Collectors.joining(" | "));
    }

    @Test
    void enumeratedSubjectsEachGetTheirFigure() {
        assertEquals("1.5:基本支出 | 2.5:项目支出", subjects("其中基本支出、项目支出分别为1.5万元、2.5万元。"));
        assertEquals("3:甲支出 | 4:乙支出 | 5:丙支出", subjects("甲支出、乙支出、丙支出分别增长3%、4%、5%。"));
        // every figure of the group keeps the group's relation (a change)
        assertEquals(List.of("增长", "增长", "增长"), facts("甲支出、乙支出、丙支出分别增长3%、4%、5%。").stream().map(Fact::direction).toList());
    }

    @Test
    void ratesAfterAsManyFiguresAreAboutThemInOrder() {
        String s = "城镇新增就业5392人，高校毕业生新增就业2384人，农村脱贫人口实现就业317人，完成年度目标任务分别为207.38%、183.38%、118%。";
        List<Fact> f = facts(s);
        assertEquals(List.of("城镇新增就业", "高校毕业生新增就业", "农村脱贫人口实现就业", "城镇新增就业", "高校毕业生新增就业", "农村脱贫人口实现就业"),
                f.stream().map(Fact::subject).toList());
        assertEquals(List.of("completion", "completion", "completion"), f.subList(3, 6).stream().map(Fact::comparison).toList());
    }

    @Test
    void countsThatDoNotMatchAreNotGuessed() {
        // three subjects, two figures: each keeps the subject the whole phrase gives
        String three = subjects("甲支出、乙支出、丙支出分别为1万元、2万元。");
        assertEquals(2, three.split(" \\| ").length);
        assertEquals(false, three.contains(":甲支出 "), three);
        // two figures before, three rates: unchanged (all about the last figure's subject)
        List<Fact> f = facts("城镇新增就业5392人，高校毕业生新增就业2384人，完成率分别为207.38%、183.38%、118%。");
        assertEquals(1, f.subList(2, 5).stream().map(Fact::subject).distinct().count());
        // no enumeration: unchanged
        assertEquals("132.77:发放补贴资金 | 73.7:发放补贴资金", subjects("发放补贴资金分别为132.77万元、73.7万元。"));
    }

    @Test
    void aCountAfterCompletionIsNotARate() {
        Fact f = facts("代办工伤、生育保险业务，分别完成221、133笔。").get(0);
        assertEquals(null, f.comparison());
        assertEquals("工伤", f.subject());
    }
}
