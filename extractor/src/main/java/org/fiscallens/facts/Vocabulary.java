package org.fiscallens.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The words of the narrative that facts and checks both read, kept once: the direction of a change (增加, 下降,
 * 持平 …). Patterns are built from these lists (longest word first, so 多支出 wins over 多), never from a copy.
 */
public final class Vocabulary {
    private Vocabulary() {}

    /** A change up: 增加1822.77万元, 增长13.95%, 调增286.50万元. */
    public static final List<String> UP = List.of("增加", "增长", "上升", "提高", "调增", "超支", "多支出");
    /** A change down. */
    public static final List<String> DOWN = List.of("减少", "下降", "降低", "调减", "节约", "节省", "少支出");
    /** No change, said in words. */
    public static final List<String> FLAT = List.of("基本持平", "持平");

    /** Every word of a change up or down, as a regex alternation (longest first). */
    public static final String CHANGE = alternation(UP, DOWN);

    /** The four words a printed direction is qualified with: 增加（减少）. */
    public static final String PAIRED = "增加|减少|增长|下降";

    /**
     * The measure of a budget figure as a phrase names it, before the figure: the budget set at the start of the year
     * (年初预算数, 预算安排) and the budget as adjusted during it (调整后预算数, 调整后的预算). Regex alternations.
     */
    public static final String INITIAL_BUDGET = "年初预算(?:数)?|预算安排|年初预算安排";
    public static final String ADJUSTED_BUDGET = "调整后(?:的)?预算(?:数)?";

    /**
     * The words that say which measure of a subject a phrase states when they end it (行政运行（项）支出决算数,
     * 基本支出预算, 实际执行数): what the facts cut off a subject to find its topic, and the claims to find its name.
     */
    public static final List<String> MEASURE_TAIL = List.of("年初预算", "年初预算数", "全年预算", "全年预算数", "调整后预算",
            "调整后预算数", "预算数", "预算安排", "预算执行数", "支出决算", "支出决算数", "决算", "决算数", "执行数", "实际执行",
            "实际执行数", "实际支出", "实际支出数", "实际完成", "实际完成数", "预算");

    /** A measure word at the end of a phrase ({@link #MEASURE_TAIL}). */
    public static final java.util.regex.Pattern MEASURE_AT_END = java.util.regex.Pattern.compile("(" + alternation(MEASURE_TAIL) + ")$");

    /** Whether the word states a change up (null when it is no direction word). */
    public static Boolean rises(String word) {
        if (UP.contains(word)) return true;
        if (DOWN.contains(word)) return false;
        return null;
    }

    @SafeVarargs
    static String alternation(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) all.addAll(l);
        all.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", all);
    }
}
