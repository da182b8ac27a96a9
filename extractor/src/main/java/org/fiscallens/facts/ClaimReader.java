package org.fiscallens.facts;

import org.fiscallens.checks.tables.Names;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Claim;
import org.fiscallens.model.Claim.Fund;
import org.fiscallens.model.Claim.Measure;
import org.fiscallens.model.Claim.Relation;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each narrative figure says, typed ({@link Claim}): the subject (the stem of its standard key, or {@code class}
 * for a 科目 line with its name, code and level), the measure (决算数, 年初预算, 全年预算, 上年数, a count …), the funds it
 * covers, the year, and its relation to other figures (a change or its rate against a base, a share of a whole, the
 * completion of a budget, a part of an enumerated whole).
 *
 * <p>The words come from one vocabulary ({@code claim_words.tsv}: fund words, measure words, base words, completion
 * words, list words and the funds a subject covers by default): a new wording needs a word there, not a rule here.
 * A word is read where it stands nearest to the figure: the longest word at each place, the last place wins.
 *
 * <p>The funds a figure covers are read, in this order, from its own statement (一般公共预算财政拨款支出…), the fund its
 * standard subject names ({@code general_budget.expenditure}), the clauses of its sentence that state no figure of
 * their own ("一般公共预算财政拨款支出中，基本支出…"), the whole it is listed under ("…财政拨款支出X万元，其中：基本支出…"),
 * the section titles from the innermost out, the subject's default (三公 = 财政拨款), and otherwise all funds.
 */
public final class ClaimReader {
    private ClaimReader() {}

    /** Where a figure is stated, as the facts stage read it. */
    public record Where(List<String> titles, String own, String topics, String sentence, int head) {
        public Where {
            titles = titles == null ? List.of() : titles;
            own = own == null ? "" : own;
            topics = topics == null ? "" : topics;
            sentence = sentence == null ? "" : sentence;
        }

        Where at(int offset) { return new Where(titles, own, topics, sentence, head < 0 ? -1 : head + offset); }
    }

    private record Word(String word, String value) {}

    private static final Map<String, List<Word>> WORDS = new HashMap<>();

    static {
        try (InputStream in = ClaimReader.class.getResourceAsStream("/org/fiscallens/facts/claim_words.tsv")) {
            if (in == null) throw new IllegalStateException("missing claim_words.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                if (c.length < 3) continue;
                WORDS.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Word(c[1], c[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word of the vocabulary found in a text: its value and where it stands. */
    record Found(String value, int start, int end) {}

    /** Every word of a kind in the text, left to right, the longest at each place (a masked word "-" included). */
    static List<Found> scan(String kind, CharSequence text) {
        List<Found> out = new ArrayList<>();
        List<Word> words = WORDS.getOrDefault(kind, List.of());
        String t = text.toString();
        for (int i = 0; i < t.length(); ) {
            Word best = null;
            for (Word w : words) if (t.startsWith(w.word(), i) && (best == null || w.word().length() > best.word().length())) best = w;
            if (best == null) { i++; continue; }
            out.add(new Found(best.value(), i, i + best.word().length()));
            i += best.word().length();
        }
        return out;
    }

    /** The value of the last (nearest to the end) unmasked word of a kind in the text, or null. */
    static String last(String kind, CharSequence text) {
        String v = null;
        for (Found f : scan(kind, text)) if (!f.value().equals("-")) v = f.value();
        return v;
    }

    /** The (unmasked) word of a kind that ends the text, or null. */
    static Found atEnd(String kind, String text) {
        Found best = null;
        for (Word w : WORDS.getOrDefault(kind, List.of())) {
            if (!w.value().equals("-") && text.endsWith(w.word()) && (best == null || w.word().length() > best.end() - best.start())) {
                best = new Found(w.value(), text.length() - w.word().length(), text.length());
            }
        }
        return best;
    }

    /** The value of the vocabulary word that is the whole text (a subject's default fund), or null. */
    static String exact(String kind, String word) {
        for (Word w : WORDS.getOrDefault(kind, List.of())) if (w.word().equals(word)) return w.value();
        return null;
    }

    /**
     * The funds named nearest the end of the text, or null when it names none. 财政拨款 right after a fund just named
     * (一般公共预算财政拨款, 政府性基金预算拨款) qualifies that fund, it does not widen it.
     */
    public static Fund nearestFund(CharSequence text) {
        Fund found = null;
        int lastEnd = -100;
        for (Found f : scan("fund", text)) {
            if (f.value().equals("-")) continue; // 非财政拨款: names no fund
            Fund fund = fund(f.value());
            if (fund == Fund.APPROPRIATION && found != null && found != Fund.APPROPRIATION && found != Fund.ALL && f.start() >= lastEnd
                    && QUALIFIER.matcher(text.subSequence(lastEnd, f.start())).matches()) continue;
            found = fund;
            lastEnd = f.end();
        }
        return found;
    }

    private static Fund fund(String id) {
        for (Fund f : Fund.values()) if (f.id().equals(id)) return f;
        throw new IllegalArgumentException("claim_words.tsv: unknown fund " + id);
    }

    private static Measure measure(String id) {
        for (Measure m : Measure.values()) if (m.id().equals(id)) return m;
        throw new IllegalArgumentException("claim_words.tsv: unknown measure " + id);
    }

    /** What may stand between a fund and the 财政拨款 that qualifies it (政府性基金预算财政拨款, 一般公共预算安排的拨款). */
    private static final Pattern QUALIFIER = Pattern.compile("(预算)?(安排的?)?");

    /** The facts with their claims: {@code where.get(i)} says where {@code facts.get(i)} is stated. */
    public static List<Fact> withClaims(List<Fact> facts, List<Where> where, DocumentInfo info) {
        List<Fact> out = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Claim c;
            try {
                c = claim(f, where.get(i), info, out);
            } catch (RuntimeException e) {
                c = null; // a figure the vocabulary cannot type stays without claim; the document is still read (ClaimCorpusTest counts them)
            }
            out.add(f.withClaim(c));
        }
        return out;
    }

    // key suffixes that say how a figure relates to its subject, or which measure of it it is
    private static final Pattern RELATION_SUFFIX = Pattern.compile("\\.(change|change_pct|share|completion_pct|vs_budget|vs_budget_pct|budget|prior_year|prior_executed)$");
    private static final Pattern CLASS_KEY = Pattern.compile("^(general_budget|government_fund|state_capital)\\.(class|subclass|item)$|^basic\\.economic_(class|subclass)$");
    private static final Pattern OWN_MEASURE_KEY = Pattern.compile("^(project|dept_performance)\\.(annual_budget|initial_budget|adjusted_budget|executed|execution_rate|adjustment_rate|carryover_rate)$");
    /** One name of a 类（款）（项） path, with brackets of its own (政府办公厅（室）及相关机构事务（款）). */
    private static final Pattern SEGMENT = Pattern.compile("((?:[^（()）]|[（(](?![类款项][)）])[^（()）]{1,6}[)）])+?)[（(](类|款|项)[)）]");
    private static final Pattern CODE = Pattern.compile("(?<!\\d)([12]\\d{2}(?:\\d{2}){0,2})(?!\\d)");
    private static final Pattern MEASURE_TAIL = Vocabulary.MEASURE_AT_END;

    static Claim claim(Fact f, Where w, DocumentInfo info, List<Fact> before) {
        Integer fy = info == null ? null : info.fiscalYear();
        DocumentKind kind = info == null ? DocumentKind.UNKNOWN : info.kind();
        String key = f.key();
        String unit = f.unit();
        boolean pct = "%".equals(unit) || unit == null && f.comparison() != null && f.value() != null;
        boolean money = unit != null && (unit.endsWith("元") || unit.equals("万"));
        boolean count = unit != null && !money && !pct;
        boolean derived = f.comparison() != null || f.direction() != null || f.hasFlag("words_only");
        String ownText = derived ? subjectPart(f, w.own()) : w.own();

        // relation
        Relation relation;
        if ("share".equals(f.comparison())) relation = Relation.SHARE;
        else if ("completion".equals(f.comparison())
                || pct && f.direction() == null && last("completion", lastClause(w.own()) + nz(f.label())) != null) relation = Relation.COMPLETION;
        else if (f.direction() != null || "yoy".equals(f.comparison()) || "budget".equals(f.comparison()) || f.hasFlag("words_only"))
            relation = pct ? Relation.CHANGE_RATE : Relation.CHANGE;
        else if (pct) relation = Relation.RATE;
        else relation = Relation.LEVEL;

        // subject, item, code, level
        ClassMention coded = f.subject() == null ? null : coded(f.subject(), w.own());
        String subject = null, item = null, code = null, level = null, stem = null;
        if (key != null) {
            stem = RELATION_SUFFIX.matcher(key).replaceFirst("");
            Matcher own = OWN_MEASURE_KEY.matcher(stem);
            if (own.matches()) stem = own.group(1);
            subject = stem;
            Matcher ck = CLASS_KEY.matcher(stem);
            if (ck.matches()) {
                subject = "class";
                String[] cl = classLine(f, stem, fy);
                item = cl[0]; code = cl[1]; level = cl[2];
            } else if (stem.endsWith(".item") || stem.equals("project")) {
                item = blankToNull(Names.norm(f.subject() != null ? f.subject() : f.label()));
            }
        } else if (f.subject() != null && (SEGMENT.matcher(FactKeys.norm(f.subject())).find() || namesAClass(f.subject(), fy)
                || PRINTED_CODE.matcher(FactKeys.norm(f.subject())).find() || coded != null)) {
            subject = "class";
            String[] cl = classLine(f, null, fy);
            item = cl[0]; code = cl[1]; level = cl[2];
            if (code == null && coded != null) { code = coded.code(); level = coded.level(); }
        } else if (derived && f.subject() == null && !before.isEmpty()) {
            // "与上年相比增加65.88万元" in a paragraph of its own: about the level figure stated just before, in its section
            for (int j = before.size() - 1; j >= 0; j--) {
                Fact p = before.get(j);
                if (!java.util.Objects.equals(p.section(), f.section()) || p.claim() == null) break;
                if (p.claim().relation() != Relation.LEVEL) continue;
                if (p.claim().subject() != null) {
                    subject = p.claim().subject(); item = p.claim().item(); code = p.claim().code(); level = p.claim().level();
                    stem = "class".equals(subject) ? null : subject;
                    if (ownText.isEmpty() || last("measure", ownText) == null) ownText = ownText + "|" + nz(p.label());
                }
                break;
            }
        }

        // measure
        Measure measure = null;
        if (count || "分".equals(unit)) measure = Measure.COUNT;
        else if (key != null && OWN_MEASURE_KEY.matcher(RELATION_SUFFIX.matcher(key).replaceFirst("")).matches()) {
            Matcher m = OWN_MEASURE_KEY.matcher(RELATION_SUFFIX.matcher(key).replaceFirst(""));
            m.matches();
            measure = switch (m.group(2)) {
                case "annual_budget", "adjusted_budget" -> Measure.ADJUSTED_BUDGET;
                case "initial_budget" -> Measure.INITIAL_BUDGET;
                default -> Measure.ACTUAL;
            };
        } else if (relation == Relation.COMPLETION) measure = budgetBase(f, w, key) != null ? Measure.ACTUAL : Measure.COUNT;
        else {
            String word = last("measure", ownText);
            if (key != null && key.endsWith(".prior_year") || key != null && key.endsWith(".prior_executed")) measure = Measure.PRIOR_YEAR;
            else if (word != null) measure = own(measure(word), kind);
            else if (key != null && key.endsWith(".budget")) measure = Measure.INITIAL_BUDGET;
            if (measure == null) measure = ownMeasure(kind, w.titles());
            if ((measure == Measure.ACTUAL || measure == Measure.BUDGET) && f.year() != null && fy != null && f.year() < fy) measure = Measure.PRIOR_YEAR;
            if (measure != null && relation == Relation.RATE && subject == null && word == null) measure = Measure.COUNT;
        }

        // funds
        Fund fund = nearestFund(ownText);
        if (fund == null && stem != null && !"class".equals(subject)) {
            for (Fund x : Fund.values()) if (x != Fund.ALL && stem.contains(x.id())) { fund = x; break; }
        }
        if (fund == null) fund = nearestFund(w.topics());
        if (fund == null && w.head() >= 0 && w.head() < before.size()) {
            Fact head = before.get(w.head());
            if (head.claim() != null && head.claim().fund() != null && head.claim().fund() != Fund.ALL) fund = head.claim().fund();
        }
        for (int i = w.titles().size() - 1; fund == null && i >= 0; i--) fund = nearestFund(w.titles().get(i));
        if (fund == null && subject != null) {
            String d = exact("subject_fund", subject);
            if (d == null && subject.contains(".")) d = exact("subject_fund", subject.substring(0, subject.indexOf('.')));
            if (d != null) fund = fund(d);
        }
        if (fund == null) fund = Fund.ALL;

        // base
        String base = null;
        Integer baseYear = null;
        switch (relation) {
            case SHARE -> {
                base = f.basis() == null ? null : wholeOf(f.basis());
                if (base == null && f.basis() == null && w.head() >= 0 && w.head() < before.size()) {
                    Claim hc = before.get(w.head()).claim();
                    if (hc != null && hc.subject() != null && !"class".equals(hc.subject())) base = hc.subject();
                }
                if (base == null && f.basis() == null && subject != null) base = shareOf(subject, fund);
            }
            case COMPLETION -> {
                String b = budgetBase(f, w, key);
                if (b != null) { base = own(measure(b), kind).id(); baseYear = f.year(); }
            }
            case CHANGE, CHANGE_RATE -> {
                if ("budget".equals(f.comparison())) {
                    String b = f.basis() == null ? null : last("base", f.basis());
                    base = own(measure(b == null ? "budget" : b), kind).id();
                    baseYear = f.year();
                } else {
                    String b = f.basis() != null ? last("base", f.basis()) : null;
                    Integer y = yearIn(f.basis());
                    if ("yoy".equals(f.comparison()) || y != null) {
                        base = b != null && !b.equals("prior_year") && !b.equals("budget") ? b : Measure.PRIOR_YEAR.id();
                        baseYear = y != null ? y : fy != null ? fy - 1 : null;
                    }
                }
            }
            default -> { }
        }
        Integer whole = null;
        if (stem != null && stem.endsWith(".item") && !"class".equals(subject)) {
            String of = stem.substring(0, stem.length() - ".item".length());
            for (int i = before.size() - 1; i >= 0 && whole == null; i--) if (of.equals(before.get(i).key())) whole = i;
        }
        if (whole == null && relation == Relation.LEVEL && money && w.head() >= 0 && w.head() < before.size()) {
            Fact head = before.get(w.head());
            if (head.unit() != null && head.unit().endsWith("元")) whole = w.head();
        }
        return new Claim(subject, item, code, level, measure, fund, f.year(), relation, base, baseYear, whole);
    }

    /**
     * The budget a completion rate is of (a measure id), or null for the completion of a task (完成年度目标任务的207%,
     * 评估完成率): the budget its basis names (完成年初预算的), else the last 年初/全年预算 of its sentence; a budget
     * ("budget") when its rate word is a budget's (执行率, 预算完成率) or its subject is a standard one.
     */
    private static String budgetBase(Fact f, Where w, String key) {
        String b = f.basis() == null ? null : last("base", f.basis());
        if (b != null && !isMeasure(b)) b = null;
        if (b == null || b.equals("budget")) {
            for (Found m : scan("measure", w.sentence())) {
                if (m.value().equals("initial_budget") || m.value().equals("adjusted_budget")) b = m.value();
            }
        }
        if (b != null) return b;
        Found rate = atEnd("completion", Regexes.replaceAll(nz(f.label()), "(分别为|为|达到|达|是|的)$", ""));
        if (rate != null && rate.value().equals("budget") || key != null) return "budget";
        return null;
    }

    private static boolean isMeasure(String id) {
        for (Measure m : Measure.values()) if (m.id().equals(id)) return true;
        return false;
    }

    /** A budget word in a 决算 names the budget the 决算 is compared with: the 年初预算. */
    private static Measure own(Measure m, DocumentKind kind) {
        if (m == Measure.BUDGET && kind == DocumentKind.FINAL_ACCOUNTS) return Measure.INITIAL_BUDGET;
        return m;
    }

    /** The report's own measure: 决算数 in a 决算, 预算数 in a 预算; by the section titles when the kind is unknown. */
    private static Measure ownMeasure(DocumentKind kind, List<String> titles) {
        if (kind == DocumentKind.FINAL_ACCOUNTS) return Measure.ACTUAL;
        if (kind == DocumentKind.BUDGET) return Measure.BUDGET;
        String t = String.join("/", titles);
        String m = last("measure", t);
        if (m == null) return null;
        Measure x = measure(m);
        return x == Measure.ACTUAL || x == Measure.BUDGET ? x : null;
    }

    /**
     * The part of a relation's statement that names its subject: the text before the first comparison word
     * ("支出决算为0.00万元，完成预算的" → "支出决算为0.00万元，"), then the subject the facts stage read.
     */
    static String subjectPart(Fact f, String own) {
        String cut = own;
        List<Found> cmp = scan("comparison", own);
        if (!cmp.isEmpty()) cut = own.substring(0, cmp.get(0).start());
        return cut + "|" + nz(f.subject()); // the subject the facts stage read stands nearest
    }

    private static String lastClause(String own) {
        int at = -1;
        for (int i = 0; i < own.length(); i++) if ("，,；;：:。".indexOf(own.charAt(i)) >= 0) at = i;
        return own.substring(at + 1);
    }

    /** The whole a share of a subject is of by default (share_of words), or null. */
    static String shareOf(String subject, Fund fund) {
        String family = subject.contains(".") ? subject.substring(0, subject.indexOf('.')) : subject;
        if (family.equals(subject) && !subject.equals("class")) return null; // a share of itself is no default
        String w = exact("share_of", family);
        if (w == null) return null;
        return w.replace("{fund}", fund == null || fund == Fund.ALL ? "expenditure_total" : fund.id()).replace("expenditure_total.expenditure", "expenditure_total");
    }

    /** The stem of the whole a share is of (本年支出合计 → expenditure_total, 全部支出 → expenditure_total), or null. */
    static String wholeOf(String basis) {
        String b = Regexes.replaceAll(FactKeys.norm(basis), "(的)?(比重|比例|总额的|份额)?(为|达|是)?$", "");
        b = Regexes.replaceFirst(b, "^(本部门|本单位|部门|单位)", "");
        // as printed, then without the funds it names (its claim says them) and without a trailing 总额
        String bare = b;
        Found first = scan("fund", b).stream().filter(x -> x.start() == 0).findFirst().orElse(null);
        while (first != null) {
            bare = Regexes.replaceFirst(bare.substring(first.end() - first.start()), "^(预算)?(财政)?(拨款)?(安排的?)?", "");
            first = scan("fund", bare).stream().filter(x -> x.start() == 0).findFirst().orElse(null);
        }
        for (String cand : List.of(b, bare, Regexes.replaceAll(bare, "总额$", ""))) {
            if (cand.isEmpty()) continue;
            String stem = FactKeys.stem(cand);
            if (stem != null) return stem;
        }
        String w = last("base", b);
        if (w == null) return null;
        for (Measure m : Measure.values()) if (m.id().equals(w)) return null; // a measure is no whole
        return w;
    }

    private static Integer yearIn(String s) {
        if (s == null) return null;
        Matcher m = Pattern.compile("(?<!\\d)(\\d{4})\\s*年").matcher(s);
        Integer y = null;
        while (m.find()) y = Integer.parseInt(m.group(1));
        return y;
    }

    /** The subject is the name of one line of the classification (社会保障和就业支出) or a 类-款-项 path. */
    static boolean namesAClass(String subject, Integer fy) {
        String name = MEASURE_TAIL.matcher(FactKeys.norm(subject)).replaceFirst("");
        if (DASH.matcher(name).find()) {
            String[] names = DASH.split(name);
            return names.length > 0 && !names[0].isEmpty() && Classification.find(names[0], "类", null, fy) != null;
        }
        return Classification.find(name, null, null, fy) != null;
    }

    /**
     * The 科目 code printed before the subject in its statement (2010301行政运行支出…, 2010301-行政运行…, 201类…01项行政运行…),
     * the facts stage having read the name without it; null when none is.
     */
    static ClassMention coded(String subject, String own) {
        String t = FactKeys.norm(own), sub = Regexes.replaceFirst(Names.norm(subject), "^[-－—:：、]+", "");
        if (sub.isEmpty()) return null;
        ClassMention found = null;
        for (ClassMention m : classMentions(t)) {
            if (m.code() == null || !m.nameFirst() || !likely(m, t)) continue;
            String run = Names.norm(m.run(t));
            if (!run.isEmpty() && (run.startsWith(sub) || sub.startsWith(run))) found = m;
        }
        return found;
    }

    /**
     * A code-first mention is a 科目 when the code is a 款 or 项 code (5 or 7 digits) or, for a 3-digit number (a count,
     * an amount), when its name begins as the classification's 类 of that code does (201一般公共服务, 201类…).
     */
    private static boolean likely(ClassMention m, String text) {
        if (m.code().length() > 3) return true;
        Classification.Entry e = Classification.byCode(m.code());
        if (e == null) return false;
        String run = Names.norm(m.run(text));
        return run.length() >= 2 && Names.norm(e.name()).startsWith(run.substring(0, 2));
    }

    private static final Pattern DASH = Pattern.compile("[-－—]+");
    /** A 科目 line printed with its code: 行政运行（2014001）, 工资福利支出（301）. */
    private static final Pattern PRINTED_CODE = Pattern.compile("^([^()]*?)(?:\\([一二三四五六七八九十]\\))?\\(([2-5]\\d{2}(?:\\d{2}){0,2})\\)(支出)?$");

    /**
     * A 科目 line's name, code and level: the printed 类（款）（项） path resolved step by step through the classification
     * of the fiscal year, or the printed name at the level the key says; a printed code wins.
     */
    static String[] classLine(Fact f, String stem, Integer fy) {
        String text = FactKeys.norm(f.subject() != null ? f.subject() : f.label());
        boolean economic = stem != null && stem.startsWith("basic.economic");
        String item = null, code = null, level = null;
        Matcher seg = SEGMENT.matcher(text);
        String parent = null;
        boolean resolving = !economic;
        while (seg.find()) {
            String name = Regexes.replaceFirst(seg.group(1), "^[:：,，、\"“”‘’']+", "");
            item = Names.norm(name);
            level = seg.group(2);
            if (resolving) {
                Classification.Entry e = Classification.match(item, level, parent, fy);
                if (e != null) { code = e.code(); parent = e.code(); }
                else { code = null; resolving = false; }
            }
        }
        if (item == null && !economic) {
            // 2010301行政运行, 201类一般公共服务支出03款…01项行政运行: the deepest level printed
            for (ClassMention cm : classMentions(text)) {
                if (cm.code() == null || !cm.nameFirst() || !likely(cm, text)) continue;
                item = blankToNull(Names.norm(MEASURE_TAIL.matcher(cm.run(text)).replaceFirst("")));
                code = cm.code();
                level = cm.level();
            }
            if (code != null) return new String[]{item, code, level};
        }
        Matcher withCode = PRINTED_CODE.matcher(Regexes.replaceAll(text, "^[\"“”]+|[\"“”]+$", ""));
        if (item == null && withCode.find() && org.fiscallens.tables.structure.Codes.level(withCode.group(2)) != null) {
            item = blankToNull(Names.norm(withCode.group(1)));
            code = withCode.group(2);
            level = org.fiscallens.tables.structure.Codes.level(code);
            return new String[]{item, code, level};
        }
        if (item == null && DASH.matcher(text).find() && !economic) {
            String[] names = DASH.split(MEASURE_TAIL.matcher(text).replaceFirst(""));
            String[] levels = {"类", "款", "项"};
            for (int i = 0; i < names.length && i < 3; i++) {
                item = Names.norm(names[i]);
                level = levels[i];
                if (resolving) {
                    Classification.Entry e = Classification.match(item, level, parent, fy);
                    if (e != null) { code = e.code(); parent = e.code(); }
                    else { code = null; resolving = false; }
                }
            }
        }
        if (item == null) {
            String name = MEASURE_TAIL.matcher(Regexes.replaceAll(text, "\\(\\d+\\)", "")).replaceFirst("");
            if (name.endsWith("支出项")) { name = name.substring(0, name.length() - 1); level = "类"; }
            item = blankToNull(Names.norm(name));
            if (level == null && stem != null) level = stem.endsWith("subclass") ? "款" : stem.endsWith("item") ? "项" : "类";
            if (item != null && !economic) {
                Classification.Entry e = Classification.match(item, level, null, fy);
                if (e == null && stem == null) e = Classification.find(item, null, null, fy);
                if (e != null) { code = e.code(); level = e.level(); }
            }
        }
        Matcher c = CODE.matcher(text);
        while (c.find()) {
            String printed = c.group(1);
            String lv = org.fiscallens.tables.structure.Codes.level(printed);
            if (lv != null && !economic) { code = printed; level = lv; }
        }
        return new String[]{item, code, level};
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 科目 mentions

    /**
     * A 科目 named in a text, in whatever form it is printed: [{@code start}, {@code end}) the whole mention,
     * {@code code} the code printed with it (a 2-digit 款/项 code after its parent's completed: 201类…03款 → 20103),
     * null when none; [{@code nameStart}, {@code nameEnd}) the run of words the name is in (the name is at its front
     * when the code comes first, at its end otherwise: 用于行政运行（项）), empty when no name is printed;
     * {@code level} the level mark (类/款/项) or the code's level; {@code form} how it was printed: {@code code-name}
     * (2010301行政运行, 201类一般公共服务支出, 2010301-行政运行, 2010301 行政运行), {@code name-code} (行政运行（2010301）),
     * {@code marked} (行政运行（项）, “行政运行”（项）).
     */
    public record ClassMention(int start, int end, String code, int nameStart, int nameEnd, String level, String form) {
        public String run(String text) { return text.substring(nameStart, nameEnd); }

        /** The code-first form: the name is at the front of the run. */
        public boolean nameFirst() { return form.equals("code-name"); }
    }

    private static final String HAN = "\\u4e00-\\u9fa5";
    /** A run of words a name may be in: Chinese characters and brackets of their own (政府办公厅（室）), no level mark. */
    private static final String RUN = "(?:[" + HAN + "]|[（(](?![类款项][)）])[" + HAN + "]{1,6}[)）](?=[" + HAN + "]))+";
    private static final Pattern CODE_NAME = Pattern.compile(
            "(?<![0-9A-Za-z.．\\-])(\\d{2}|2\\d{2}(?:\\d{2}){0,2})(?![0-9.．%])\\s*([类款项])?\\s*[-－—:：]?\\s*[“\"‘]?(" + RUN + ")");
    private static final Pattern NAME_CODE = Pattern.compile("[“\"‘]?(" + RUN + ")[”\"’]?\\s*[（(]\\s*(2\\d{2}(?:\\d{2}){0,2})\\s*[)）]");
    private static final Pattern MARKED = Pattern.compile("[“\"‘]?(" + RUN + ")[”\"’]?\\s*[（(]([类款项])[)）]");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(年|月|日|万|元|亿|个|人|名|家|辆|次|项|年度|平方米|余)");

    /**
     * Every 科目 the text names with a code or a level mark, left to right, in the forms {@link ClassMention} lists; a
     * year (2023年), an amount (201万元) or a count is no code. The one reader of 科目 mentions: the claims of class
     * figures and the naming rule read them here.
     */
    public static List<ClassMention> classMentions(String text) {
        List<ClassMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        Matcher m = CODE_NAME.matcher(text);
        ClassMention prev = null;
        while (m.find()) {
            String code = m.group(1), mark = m.group(2);
            if (NOT_A_NAME.matcher(m.group(3)).find() && mark == null) continue;
            if (code.length() == 2) {
                // 03款 / 01项 after its parent: the code completed by the parent's
                if (mark == null || mark.equals("类") || prev == null || prev.code() == null || !gap(text, prev.end(), m.start())) continue;
                String full = prev.code() + code;
                if (org.fiscallens.tables.structure.Codes.level(full) == null || !org.fiscallens.tables.structure.Codes.level(full).equals(mark)) continue;
                code = full;
            } else if (mark != null && !mark.equals(org.fiscallens.tables.structure.Codes.level(code))) {
                continue;
            }
            int ns = m.start(3), ne = m.end(3);
            prev = new ClassMention(m.start(), m.end(), code, ns, ne, org.fiscallens.tables.structure.Codes.level(code), "code-name");
            out.add(prev);
        }
        Matcher b = NAME_CODE.matcher(text);
        while (b.find()) {
            if (overlaps(out, b.start(2), b.end(2))) continue;
            out.add(new ClassMention(b.start(), b.end(), b.group(2), b.start(1), b.end(1), org.fiscallens.tables.structure.Codes.level(b.group(2)), "name-code"));
        }
        Matcher k = MARKED.matcher(text);
        while (k.find()) {
            if (overlaps(out, k.start(1), k.end(1))) continue;
            out.add(new ClassMention(k.start(), k.end(), null, k.start(1), k.end(1), k.group(2), "marked"));
        }
        out.sort(java.util.Comparator.comparingInt(ClassMention::start));
        return out;
    }

    /** Nothing but blanks and list punctuation between two places of a text. */
    private static boolean gap(String text, int from, int to) {
        return from <= to && Regexes.replaceAll(text.substring(from, to), "[\\s，,、；;：:]", "").isEmpty();
    }

    private static boolean overlaps(List<ClassMention> ms, int from, int to) {
        for (ClassMention x : ms) if (from < x.end() && x.start() < to) return true;
        return false;
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
