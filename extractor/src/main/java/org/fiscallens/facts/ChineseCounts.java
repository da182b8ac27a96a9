package org.fiscallens.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts written in Chinese numerals with their measure word (量词): "三所高校", "两个项目", "十二辆", "二十三人",
 * "一百零五家", "二十余家" (approximate). The value is exact; the unit is the measure word (万 before it is kept in
 * the unit as for Arabic figures: 三万人 = 3 万人).
 *
 * <p>Not read: ordinals and list markers (第一, 一是, 一、, （一）: no measure word follows or 第 precedes), numerals
 * glued to a word (统一, 进一步, 唯一, 之一), fixed expressions (一次性, 一批 "a batch of" — indefinite, 一系列,
 * 一件事 slogans, patterns like 一户一档 / 三支一扶, quoted slogans such as “四个意识”, “两个维护”), category
 * words (一类, 二级: 类/级 are not counted), vague quantities (几十个, 数十家, 上百家, 一两个, 三五人, 一到二次),
 * sessions and phases (人大二次会议, “智慧政协”二期), 中央八项规定, years and dates (年/月/日 are not measure words
 * here). 处 is not counted: 一处/二处 name divisions (公诉一处).
 */
public final class ChineseCounts {
    private ChineseCounts() {}

    /** Measure words counted, longest first. */
    private static final String[] MEASURES = {"人次", "批次", "场次", "台（套）", "台(套)", "个", "家", "辆", "人", "名", "次",
            "所", "项", "件", "台", "套", "批", "户", "场", "期", "座", "条", "篇", "份", "笔", "支", "队", "张"};

    private static final Pattern NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万]+");

    /** Characters that make a word with a following numeral: 统一, 唯一, 之一, 进一步, 逐一, 同一, 单一, 万一. */
    private static final String GLUE_BEFORE = "统唯之进逐同单专归划初周第每几数若上成好近其";

    public static List<Figure> scan(String s) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMERAL.matcher(s);
        while (m.find()) {
            int start = m.start(), end = m.end();
            String num = m.group();
            char prev = start > 0 ? s.charAt(start - 1) : '\0';
            if (GLUE_BEFORE.indexOf(prev) >= 0 || Character.isDigit(prev)) continue;
            if (prev == '“' || prev == '"' || prev == '‘') continue; // “四个意识”: a slogan
            List<String> flags = new ArrayList<>();
            int pos = end;
            String multiplier = "";
            if (num.length() > 1 && num.endsWith("万")) { multiplier = "万"; num = num.substring(0, num.length() - 1); }
            if (pos < s.length() && (s.charAt(pos) == '余' || s.charAt(pos) == '多')) { flags.add("approximate"); pos++; }
            String measure = null;
            for (String u : MEASURES) if (s.startsWith(u, pos)) { measure = u; break; }
            if (measure == null) continue;
            int unitEnd = pos + measure.length();
            char next = unitEnd < s.length() ? s.charAt(unitEnd) : '\0';
            if (!allowed(num, measure, next, s, start, unitEnd)) continue;
            BigDecimal value = value(num);
            if (value == null) continue;
            flags.add("chinese_numeral");
            String unit = multiplier + (measure.startsWith("台(") ? "台（套）" : measure);
            out.add(new Figure(start, unitEnd, end, value, unit, flags));
        }
        return out;
    }

    private static boolean allowed(String num, String measure, char next, String s, int start, int unitEnd) {
        if (NUMERAL.matcher(String.valueOf(next)).matches() && next != '万') return false; // 一户一档, 三支一扶
        if (next == '性') return false;                                                  // 一次性
        if (num.equals("一") && (measure.equals("批") || measure.equals("系"))) return false; // 一批: a batch of
        if (num.equals("一") && measure.equals("件") && next == '事') return false;          // 一件事 (slogan)
        if (next == '”' || next == '"' || next == '“') return false;                     // “两个维护”, 四个“精准”
        char prev = start > 0 ? s.charAt(start - 1) : '\0';
        if (prev == '到' || prev == '至' || prev == '或' || prev == '~' || prev == '～') return false; // 一到二次: a range
        if (measure.equals("次") && (next == '会' || next == '全')) return false;        // 十三届人大二次会议: a session
        if (measure.equals("项") && s.startsWith("规定", unitEnd)) return false;         // 中央八项规定
        if (measure.equals("期") && (prev == '”' || prev == '"' || "工程项目建和、，。）)".indexOf(next) >= 0)) return false; // “智慧政协”二期: a phase
        return switch (measure) {
            case "所" -> next != '属' && next != '在' && next != '得' && next != '有' && next != '以';
            case "支" -> next != '出' && next != '付' && next != '持' && next != '撑';
            case "条" -> next != '件' && next != '例';
            case "期" -> next != '间' && next != '末' && next != '初';
            case "次" -> next != '要' && next != '数' && next != '级';
            case "名" -> next != '称' && next != '义' && next != '单';
            case "场" -> next != '所' && next != '地' && next != '景';
            case "家" -> next != '庭' && next != '属';
            case "张" -> next != '贴';
            default -> true;
        };
    }

    /** The value of a Chinese numeral (一百零五 = 105, 二十三 = 23, 两千 = 2000, 十二 = 12), or null if malformed (一两, 三五). */
    static BigDecimal value(String num) {
        if (num.isEmpty()) return null;
        long total = 0, section = 0, digit = -1;
        char last = '\0';
        for (int i = 0; i < num.length(); i++) {
            char c = num.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (digit >= 0) return null; // two digits in a row: 一两, 三五 (a range, not a number)
                digit = d;
            } else {
                int mult = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : c == '万' ? 10000 : -1;
                if (mult < 0) return null;
                if (mult == 10000) {
                    section += Math.max(digit, 0);
                    if (section == 0) return null;
                    total += section * 10000;
                    section = 0;
                } else {
                    if (digit < 0 && !(c == '十' && (i == 0 || last == '零' || last == '万' || last == '百' || last == '千'))) return null;
                    section += (digit < 0 ? 1 : digit) * mult;
                }
                digit = -1;
            }
            if (c == '零' || c == '〇') digit = -1;
            last = c;
        }
        if (digit > 0) section += digit;
        long v = total + section;
        if (v == 0) return null;
        return BigDecimal.valueOf(v);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
