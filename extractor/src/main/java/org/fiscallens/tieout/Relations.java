package org.fiscallens.tieout;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.facts.FactKeys;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Claim;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The relation reading of a narrative figure: which relation it states (a level, a change, a rate of change, a
 * share, a completion), what it is about (its stem: the subject's key, or its normalised name), which measure of
 * it (the report's own figure, a budget, the previous year's), and the sign of a change. It reads the fact's
 * {@link Claim} where the facts stage gave one and the fact's own fields (key, comparison, subject, direction,
 * basis) otherwise, so that the tie-out and the rules read each figure the same way.
 */
public final class Relations {
    private Relations() {}

    /** How a figure follows from others. */
    public enum Rel { LEVEL, CHANGE, CHANGE_RATE, SHARE, COMPLETION, OTHER }

    /** The figure's own measure: the report's own (决算 or 预算 of its year), a budget it is compared with, the previous year's. */
    public enum Measure { OWN, BUDGET, PRIOR }

    /** Direction words: up, down. A template's "增加（减少）" states no direction. */
    private static final String UP = "增加|增长|上升|提高|调增|超支|多支出|多支|增|多|升高|增多|上涨";
    private static final String DOWN = "减少|下降|降低|调减|节约|节省|少支出|少支|减|少|压减|减小|下滑|回落";

    /** The relation a fact states; null for a fact without a value. */
    public static Rel rel(Fact f) {
        if (f.value() == null) return null;
        Claim c = f.claim();
        if (c != null && c.relation() != null) {
            return switch (c.relation()) {
                case LEVEL -> money(f) ? Rel.LEVEL : Rel.OTHER;
                case CHANGE -> money(f) ? Rel.CHANGE : Rel.OTHER;
                case CHANGE_RATE -> percent(f) ? Rel.CHANGE_RATE : Rel.OTHER;
                case SHARE -> percent(f) ? Rel.SHARE : Rel.OTHER;
                case COMPLETION -> percent(f) ? Rel.COMPLETION : Rel.OTHER;
                case RATE -> Rel.OTHER;
            };
        }
        String cmp = f.comparison();
        if ("share".equals(cmp)) return percent(f) ? Rel.SHARE : Rel.OTHER;
        if ("completion".equals(cmp)) return percent(f) ? Rel.COMPLETION : Rel.OTHER;
        if (f.direction() != null) {
            if (percent(f)) return Rel.CHANGE_RATE;
            if (money(f)) return Rel.CHANGE;
            return Rel.OTHER;
        }
        if (cmp == null && money(f)) return Rel.LEVEL;
        return Rel.OTHER;
    }

    public static boolean money(Fact f) { return f.unit() != null && Unit.parse(f.unit()) != null; }

    public static boolean percent(Fact f) { return "%".equals(f.unit()) || "％".equals(f.unit()); }

    /** The figure as printed, in its unit (a percentage with no money unit). */
    public static Amount amount(Fact f) {
        Unit u = Unit.parse(f.unit());
        return Amount.of(f.value(), u == null ? Unit.NONE : u);
    }

    /** +1 for a rise, −1 for a fall, 0 when the words state none (a template's 增加（减少）, or none at all). */
    public static int sign(Fact f) {
        String d = f.direction();
        if (d == null) return 0;
        String w = Regexes.replaceAll(d, "\\s+", "");
        if (w.contains("（") || w.contains("(") || w.contains("/")) return 0;
        if (Regexes.matches(w, "(同比)?(" + UP + ")了?")) return 1;
        if (Regexes.matches(w, "(同比)?(" + DOWN + ")了?")) return -1;
        return 0;
    }

    /** Whether the change is against a budget (比年初预算) rather than the previous year. */
    public static boolean againstBudget(Fact f) {
        Claim c = f.claim();
        if (c != null && c.base() != null) return Regexes.matches(c.base(), ".*预算.*") && !Regexes.matches(c.base(), ".*(上年|\\d{4}年).*");
        return "budget".equals(f.comparison());
    }

    /** Which measure of its subject a level figure states. */
    public static Measure measure(Fact f, Integer fiscalYear, DocumentKind kind) {
        Claim c = f.claim();
        if (c != null && c.measure() != null) {
            return switch (c.measure()) {
                case PRIOR_YEAR -> Measure.PRIOR;
                case INITIAL_BUDGET, ADJUSTED_BUDGET -> Measure.BUDGET;
                case BUDGET -> kind == DocumentKind.FINAL_ACCOUNTS ? Measure.BUDGET : Measure.OWN;
                default -> c.year() != null && fiscalYear != null && c.year() < fiscalYear ? Measure.PRIOR : Measure.OWN;
            };
        }
        String k = f.key() == null ? "" : f.key();
        if (Regexes.matches(k, ".*\\.(prior_year|prior_executed)$")) return Measure.PRIOR;
        if (f.year() != null && fiscalYear != null && f.year() < fiscalYear) return Measure.PRIOR;
        if (Regexes.matches(k, ".*\\.(budget|annual_budget|initial_budget|adjusted_budget)$")) return Measure.BUDGET;
        String label = f.label() == null ? "" : Regexes.replaceAll(f.label(), "\\s+", "");
        if (kind != DocumentKind.BUDGET && Regexes.matches(label, ".*(年初预算|全年预算|调整后预算|预算数|预算安排|预算)(数)?(为|是)?$")) return Measure.BUDGET;
        return Measure.OWN;
    }

    private static final String KEY_SUFFIX = "\\.(change_pct|change|share|completion_pct|budget|prior_year|prior_executed|vs_budget_pct|vs_budget)$";

    /**
     * What the figure is about: the key without its relation suffix (with the item's name where the key names a kind
     * of subject, not one: a 科目, a project), or the normalised subject; null when nothing says.
     */
    public static String stem(Fact f) {
        Claim c = f.claim();
        String name = normName(f.subject());
        if (c != null && c.subject() != null) {
            String item = c.code() != null ? c.code() : normName(c.item());
            String s = c.subject() + (item == null ? "" : "|" + item);
            return c.fund() == null ? s : s + "@" + c.fund().id();
        }
        String k = f.key();
        if (k != null) {
            String s = Regexes.replaceAll(k, KEY_SUFFIX, "");
            if (s.startsWith("project.")) return "project|" + name;
            if (Regexes.matches(s, ".*\\.(class|item)$") || s.startsWith("dept_performance") || s.startsWith("performance")) {
                return name == null ? null : s + "|" + name;
            }
            return s;
        }
        return name == null ? null : "?" + name;
    }

    /** A subject as a name: blanks, quotes, a leading year and trailing measure and level words removed. */
    public static String normName(String s) {
        if (s == null) return null;
        String t = Regexes.replaceAll(s, "[\\s“”\"‘’]", "");
        t = Regexes.replaceFirst(t, "^.*?\\d{4}年度?", "");
        t = Regexes.replaceFirst(t, "^(本部门|本单位|部门|单位|本年度?|当年)", "");
        String prev;
        do {
            prev = t;
            t = Regexes.replaceFirst(t, "(年初预算数?|全年预算数?|调整后预算数?|预算数|预算安排|支出决算数?|决算数?|执行数|实际支出|预算|各|均|分别|都|为|是|项|数)$", "");
        } while (!t.equals(prev) && !t.isEmpty());
        return t.isEmpty() ? null : t;
    }

    /** The key of the aggregate a basis names (本年支出合计 → expenditure_total), through the facts' one vocabulary. */
    public static String basisKey(String basis, DocumentKind kind, String titles) {
        if (basis == null) return null;
        String b = Regexes.replaceAll(basis, "[\\s“”\"]", "");
        b = Regexes.replaceAll(b, "(的)?(比重|比例)?$", "");
        b = Regexes.replaceFirst(b, "^(本部门|本单位|全部|总)", "");
        if (b.isEmpty()) return null;
        String key = FactKeys.key(new FactKeys.Context(b, b, null, b, null, null, null, "万元", titles == null ? "" : titles,
                kind, b, true));
        if (key == null || Regexes.matches(key, ".*\\.(class|item)$") || key.startsWith("project.")) return null;
        return Regexes.replaceAll(key, KEY_SUFFIX, "");
    }

    /**
     * The funds a figure's words and section speak of (一般公共预算 / 政府性基金 / 国有资本经营 / 财政拨款 / all), from its
     * claim where given: the same total in another fund's section is another figure.
     */
    public static String fundWords(Fact f) {
        if (f.claim() != null && f.claim().fund() != null) return f.claim().fund().id();
        String t = (f.sectionTitle() == null ? "" : f.sectionTitle()) + "|" + (f.label() == null ? "" : f.label());
        if (t.contains("一般公共预算")) return "general_budget";
        if (t.contains("政府性基金")) return "government_fund";
        if (t.contains("国有资本")) return "state_capital";
        if (t.contains("财政拨款")) return "appropriation";
        return "all";
    }

    /** Same section and at most a page apart. */
    static boolean near(Fact a, Fact b) {
        return Objects.equals(a.section(), b.section()) && Math.abs(a.page() - b.page()) <= 1;
    }

    static boolean sameYear(Fact a, Fact b) {
        return a.year() == null || b.year() == null || a.year().equals(b.year());
    }

    static BigDecimal signed(Fact f) {
        int s = sign(f);
        return s < 0 ? f.value().negate() : f.value();
    }

    static List<Integer> ops(Integer... xs) {
        return java.util.Arrays.stream(xs).filter(Objects::nonNull).toList();
    }
}
