package org.fiscallens.facts;

import org.fiscallens.layout.Regexes;
import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Section;
import org.fiscallens.parallel.ParallelMap;
import org.fiscallens.sections.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every figure stated in the narrative paragraphs into {@link Fact}s: the figure (exact, with its unit),
 * the phrase it measures, what a change/share/rate is about and against what, the year, the section, the page,
 * the box and the clause quoted verbatim. Standard statements get a stable key ({@link FactKeys}).
 *
 * <p>A sentence is read left to right. Within it, a change ("增长420.89%"), share ("占本年收入100%") or rate
 * ("完成年初预算的85.6%") is about the last plain figure's subject; across sentences of a paragraph a running
 * topic (the 类/款/项 line named before, or the subject of a budget/决算 pair) carries over.
 */
public final class NarrativeFacts {
    /** A comparison word alone: no label of its own. */
    private static final java.util.regex.Pattern BARE_VERB = java.util.regex.Pattern.compile(
            "(占|占比|增长|增加|减少|下降|降低|上升|增|减|持平|节约|压减|调增|调减)了?");

    private NarrativeFacts() {}

    private static final Pattern DIRECTION = Pattern.compile(
            "((?:" + Vocabulary.PAIRED + ")[（(](?:" + Vocabulary.PAIRED + ")[)）]|" + Vocabulary.CHANGE + "|增|减)$");
    private static final Pattern YOY = Pattern.compile("(上年|上一年|去年|同比|上年度)");
    private static final Pattern COMPARED_YEAR = Pattern.compile("(?:与|比|较|跟|同)\\s*(\\d{4})\\s*年度?([^，。；,;]{0,8}?)(?:相比|比较|增加|减少|增长|下降|持平|，|,)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})\\s*年");
    private static final Pattern SHARE = Pattern.compile("占(.*?)(?:的)?(?:比重|比例)?(?:为|达)?$");
    private static final Pattern COMPLETION = Pattern.compile("完成(?!率)(.*?)(?:的)?$");
    private static final Pattern MEASURE_SUFFIX = Vocabulary.MEASURE_AT_END;
    // a name of at most 80 characters before each (类)/(款)/(项), with brackets of its own (政府办公厅（室）及…): unbounded, a search over a long run of text without
    // punctuation (a page of scattered glyphs) tried every length from every start, quadratic in the run
    private static final Pattern CLASS_PATH = Pattern.compile("((?:(?:[^，。；：:、\\s（）()]|[（(](?![类款项][)）])[^，。；：:、\\s（）()]{1,6}[)）]){1,80}?[（(](?:类|款|项)[)）])+)");
    /** A 科目 path printed in quotes: “类-款-项”科目. */
    private static final Pattern QUOTED_CLASS = Pattern.compile("[“\"]([^“”\"，。；]{2,120})[”\"]科目(?:为|支出|预算|决算)?$");
    private static final Pattern WORDS_ONLY = Pattern.compile("(基本持平|持平|无变化|保持一致|基本一致|一致|相同)");
    /**
     * A unit where a figure is expected: after a slot word (为, a direction, 支出/收入/合计, a 科目's level mark, a
     * closing quote or a colon: “…（项）”万元，; 上年:万元) or after any word when the unit ends the clause (人员经费万元，;
     * 培训费预算支出万元。). Not a unit named as such
     * ({@link #unitNamed}).
     */
    private static final Pattern EMPTY_SLOT = Pattern.compile("(为|）|\\)|”|」|：|:|增加|减少|增长|下降|支出|收入|合计|总计)[ \\t]*(万元|亿元|%)"
            + "|([\\u4e00-\\u9fa5&&[^元]])(?:(万元|亿元)$|[ \\t]*(万元|亿元)(?=[，。；,;、]))");
    /** Words before a unit that name the unit (单位：万元, 以万元为单位, 折合万元, 精确到万元) or are part of an amount (十万元, 百余万元). */
    private static final Pattern UNIT_BEFORE = Pattern.compile(
            "(单位[：:]?|单位为|以|按|精确到|精确至|折合|每|转换为|转化为|换算为|折算为|表示为|列示为|[〇零一二两三四五六七八九十百千万亿余多几])[ \\t]*$");
    private static final Pattern UNIT_AFTER = Pattern.compile("^[ \\t]*(为单位|计|时|后|单位|口径|以上|以下|以内|左右)");

    /** The unit at [from, to) of {@code text} is named as a unit (a caption, a scale) or belongs to a figure, not a slot left empty. */
    public static boolean unitNamed(String text, int from, int to) {
        return UNIT_BEFORE.matcher(text.substring(Math.max(0, from - 6), from)).find() || UNIT_AFTER.matcher(text.substring(to)).find();
    }

    private static final Pattern PROJECT_HEAD = Pattern.compile("^\\s*(.{2,60}?)(?:项目)?(?:绩效)?自评(?:综述|情况|结果)?[：:]");

    private static final Pattern GRADE = Pattern.compile("[“\"]?(不合格|合格|优秀|优|良好|良|中|差)[”\"]?的?项目");

    private static final String SENTENCE_END = "。；;！？!?\n";
    private static final String CLAUSE_END = "，,：:" + SENTENCE_END;
    /** Characters of a sentence read at once (see {@link Reader#read()}). */
    private static final int MAX_SENTENCE = 4000;

    public static List<Fact> extract(List<Paragraph> paragraphs, List<Section> sections, DocumentInfo info) {
        return extract(paragraphs, sections, info, 1);
    }

    /**
     * As {@link #extract(List, List, DocumentInfo)}, the paragraphs read on up to {@code threads} threads: each
     * paragraph is read on its own (its section path, the document's year and kind), and the facts come back in
     * paragraph order.
     */
    public static List<Fact> extract(List<Paragraph> paragraphs, List<Section> sections, DocumentInfo info, int threads) {
        Map<Paragraph, SectionPath> where = SectionPath.assign(paragraphs, sections);
        Integer fiscalYear = info == null ? null : info.fiscalYear();
        DocumentKind kind = info == null ? DocumentKind.UNKNOWN : info.kind();
        record Unit(Paragraph paragraph, SectionPath path, String carried) {}
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.text().isBlank()) continue;
            SectionPath path = where.getOrDefault(p, SectionPath.NONE);
            // A figure cut from its unit by a page break ("…总预算10,070.48" | "万元。与上年相比…") is read whole.
            while (i + 1 < paragraphs.size() && endsWithNumber(p.text()) && startsWithUnit(paragraphs.get(i + 1).text())) {
                Paragraph next = paragraphs.get(++i);
                List<org.fiscallens.layout.TextLine> lines = new ArrayList<>(p.lines());
                lines.addAll(next.lines());
                p = new Paragraph(p.text() + next.text(), lines, p.page(), p.box());
            }
            if (TableLike.is(p.text())) continue;
            // "9、卫生健康支出（类）…行政单位医疗（项）。主要用于：" | "在职人员基本医疗保险费。年初预算为…": a paragraph that
            // continues a 科目 line of the one before (ended by a colon, no figure after its path) keeps it as topic
            Unit prev = units.isEmpty() ? null : units.get(units.size() - 1);
            String carried = prev != null && prev.path().equals(path) ? continuedTopic(NumberScanner.fold(prev.paragraph().text())) : null;
            units.add(new Unit(p, path, carried));
        }
        record Read(List<Fact> facts, List<ClaimReader.Where> where) {}
        List<Read> read = ParallelMap.map(units, threads, u -> {
            List<Fact> facts = new ArrayList<>();
            Reader r = new Reader(u.paragraph(), u.path(), fiscalYear, kind, facts);
            if (u.carried() != null) { r.topic = u.carried(); r.continuing = true; }
            r.read();
            return new Read(facts, r.where);
        });
        List<Fact> out = new ArrayList<>();
        List<ClaimReader.Where> stated = new ArrayList<>();
        for (Read r : read) {
            int offset = out.size();
            out.addAll(r.facts());
            for (ClaimReader.Where w : r.where()) stated.add(w.at(offset));
        }
        return ClaimReader.withClaims(out, stated, info);
    }

    /** Reads one paragraph. */
    private static final class Reader {
        final Paragraph p;
        final String text;
        final SectionPath path;
        final Integer fiscalYear;
        final DocumentKind kind;
        final List<Fact> out;
        final TextPositions pos;
        String topic;
        String lastPlain;
        /** The paragraph continues the one before after its colon: its first sentence names no topic of its own. */
        boolean continuing;
        /** Where each fact of {@code out} is stated, for its claim. */
        final List<ClaimReader.Where> where = new ArrayList<>();
        /**
         * Open lists (其中…, 主要包括…): the index in {@code out} of the whole, how long it lasts (1 to the 。, 0 to the ；,
         * 2 a colon list: over its ；-pieces when the first names one amount) and the amounts listed so far.
         */
        final java.util.ArrayDeque<int[]> heads = new java.util.ArrayDeque<>();
        /** The last plain money figure read (index in {@code out}), a list's whole when a list word follows it. */
        int lastMoney = -1;

        Reader(Paragraph p, SectionPath path, Integer fiscalYear, DocumentKind kind, List<Fact> out) {
            this.p = p;
            this.text = NumberScanner.fold(p.text());
            this.path = path;
            this.fiscalYear = fiscalYear;
            this.kind = kind;
            this.out = out;
            this.pos = new TextPositions(p);
        }

        private Boolean sorted;

        private boolean sorted(List<Figure> all) {
            if (sorted == null) {
                sorted = true;
                for (int k = 1; k < all.size(); k++) if (all.get(k).start() < all.get(k - 1).start()) sorted = false;
            }
            return sorted;
        }

        void read() {
            List<Figure> figures = NumberScanner.scan(p.text());
            int ss = 0;
            int[] next = {0}; // the first figure not yet given to a sentence (figures come in text order)
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length() || SENTENCE_END.indexOf(text.charAt(i)) >= 0;
                // A "sentence" far longer than any of prose (the longest of the corpora is 1,597 characters) is a
                // run of text without stops (a page of scattered glyphs): it is read in pieces cut after a comma
                // where there is one, so that the look-back of each figure stays bounded and the reading linear.
                if (!end && i - ss >= MAX_SENTENCE) {
                    int cut = i;
                    for (int k = i; k > ss + MAX_SENTENCE / 2; k--) if (CLAUSE_END.indexOf(text.charAt(k - 1)) >= 0) { cut = k; break; }
                    sentence(ss, cut, figures, next);
                    ss = cut;
                    continue;
                }
                if (end) {
                    if (i > ss) sentence(ss, Math.min(i + 1, text.length()), figures, next);
                    ss = i + 1;
                }
            }
        }

        void sentence(int ss, int se, List<Figure> all, int[] next) {
            List<Figure> figs;
            if (sorted(all)) {
                while (next[0] < all.size() && all.get(next[0]).start() < ss) next[0]++;
                int from = next[0];
                while (next[0] < all.size() && all.get(next[0]).start() < se) next[0]++;
                figs = all.subList(from, next[0]);
            } else {
                figs = all.stream().filter(f -> f.start() >= ss && f.start() < se).toList();
            }
            String sentence = text.substring(ss, se);
            if (figs.isEmpty()) {
                Matcher cp = CLASS_PATH.matcher(sentence);
                String bare = LabelCutter.strip(Regexes.replaceAll(sentence, "[。；;]$", ""));
                if (cp.find() && cp.group(1).length() * 2 >= bare.length()) topic = cp.group(1);
                else if (continuing && ss == 0) { /* "在职人员基本医疗保险费。": what the line before is used for */ }
                else if (bare.length() <= 30 && Regexes.matches(bare, ".*(支出项|支出|项目|费)$") && !Regexes.matches(bare, "^(主要|用于|其中|决算数|本单位|本部门).*")) topic = bare;
            }
            Matcher ph = PROJECT_HEAD.matcher(sentence);
            String projectName = ph.find() ? ph.group(1).strip() : null;
            String lastSubject = null;
            int lastSubjectStart = ss;
            String lastLabel = null;
            int prevEnd = ss;
            Groups groups = groups(ss, figs);
            List<String> plainSubjects = new ArrayList<>();
            boolean[] inDerivedGroup = new boolean[figs.size()];
            String groupComparison = null, groupDirection = null, groupBasis = null;
            for (int k = 0; k < figs.size(); k++) {
                Figure f = figs.get(k);
                listWord(k == 0 ? ss : figs.get(k - 1).end(), f.start());
                int cs = clauseStart(ss, f.start());
                boolean listed = false;
                if (cs < prevEnd) cs = prevEnd;
                String prefixRaw = text.substring(cs, f.start());
                String prefix = LabelCutter.strip(prefixRaw);
                if (prefix.isEmpty() || prefix.equals("和") || prefix.equals("及")) {
                    listed = true; // "分别为267人、759人": the second figure shares the first one's label
                }
                String comparison = null, basis = null, direction = null, subject;
                String head = prefix;
                Matcher d = DIRECTION.matcher(head);
                if (d.find() && !(d.group(1).length() == 1 && d.start() > 0 && head.charAt(d.start() - 1) == '新')) {
                    direction = d.group(1);
                    head = head.substring(0, d.start());
                }
                Matcher share = SHARE.matcher(head);
                Matcher completion = COMPLETION.matcher(head);
                int shareAt = head.lastIndexOf('占');
                if (shareAt >= 0 && share.region(shareAt, head.length()).find()) {
                    comparison = "share";
                    basis = emptyToNull(share.group(1));
                    head = head.substring(0, shareAt);
                } else if (head.lastIndexOf("完成") >= 0 && !head.endsWith("完成率") && completion.region(head.lastIndexOf("完成"), head.length()).find()
                        && direction == null && (f.unit() == null || f.isPercent())) { // "分别完成221笔" is a count, not a rate
                    comparison = "completion";
                    basis = emptyToNull(Regexes.replaceAll(completion.group(1), "(分别为|为)$", ""));
                    head = head.substring(0, head.lastIndexOf("完成"));
                }
                if (comparison == null && direction == null && (f.unit() == null || f.isPercent())) {
                    // "执行率为85%", "预算完成率98%": the completion of the budget stated before
                    ClaimReader.Found rate = ClaimReader.atEnd("completion", Regexes.replaceAll(head, "(分别为|为|达到|达|是)$", ""));
                    if (rate != null && rate.start() < rate.end() - 1) {
                        comparison = "completion";
                        String m = ClaimReader.atEnd("measure", head.substring(0, rate.start())) == null ? null
                                : head.substring(ClaimReader.atEnd("measure", head.substring(0, rate.start())).start(), rate.start());
                        basis = m;
                        head = head.substring(0, m == null ? rate.start() : rate.start() - m.length());
                        head = Regexes.replaceAll(head, "^[-—－]*(本单位|本部门|单位|部门|整体|总体)?$", ""); // "单位预算执行率": the unit's own
                    }
                }
                String before = text.substring(ss, f.start());
                if (direction != null && comparison == null) {
                    Matcher cy = COMPARED_YEAR.matcher(before);
                    String yearBasis = null;
                    while (cy.find()) yearBasis = cy.group(1) + "年" + (cy.group(0).contains("年度") ? "度" : "") + cy.group(2).strip();
                    Matcher y = YOY.matcher(before);
                    String yoyWord = null;
                    while (y.find()) yoyWord = y.group(1);
                    Matcher bud = Pattern.compile("(?:比|较|与)(年初预算数?|全年预算数?|预算数?|调整后预算数?)").matcher(before);
                    if (bud.find()) { comparison = "budget"; basis = bud.group(1); }
                    else if (yearBasis != null) { comparison = "yoy"; basis = Regexes.replaceAll(yearBasis, "(相比|增加|减少)$", ""); }
                    else if (yoyWord != null) {
                        comparison = "yoy";
                        Matcher yb = Pattern.compile("(上年度?|上一年度?|去年)(决算数?|预算数?|执行数?)?").matcher(before);
                        String b = yoyWord;
                        while (yb.find()) b = yb.group(0);
                        basis = b;
                    }
                    head = Regexes.replaceAll(head, "(比|较|与|跟)(上年度?|上一年度?|去年|年初预算数?|全年预算数?|预算数?|\\d{4}年度?)(决算数?|预算数?)?(相比)?", "");
                    head = Regexes.replaceAll(head, "(同比|决算数较上年|较上年|比上年)$", "");
                    head = Regexes.replaceAll(head, "(决算数|支出决算|决算)?(较|比)$", "$1");
                }
                head = LabelCutter.strip(Regexes.replaceAll(head, "(分别为|分别|为|达|是)$", ""));
                boolean derivedPrefix = direction != null || comparison != null;
                String label = listed && lastLabel != null ? lastLabel : derivedPrefix ? prefix : LabelCutter.cut(prefixRaw);
                if (label.isEmpty() && lastLabel != null) label = lastLabel;
                boolean derived = comparison != null || direction != null;
                String cutHead = head.isEmpty() ? "" : LabelCutter.cut(head);
                Matcher cls = CLASS_PATH.matcher(prefix);
                if (cls.find()) cutHead = cls.group(1) + Regexes.replaceAll(prefix.substring(cls.end()), "(为|达)$", "");
                Matcher quoted = QUOTED_CLASS.matcher(prefix);
                if (quoted.find()) cutHead = quoted.group(1); // “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目
                if (listed) {
                    subject = lastSubject;
                } else if (!derived && measureOnly(Regexes.replaceFirst(cutHead, "^项目(?!支出)", "")) && topic != null) {
                    subject = topic; // "支出决算为2035.69万元" under the running topic
                    // its own side word wins over the topic's: "…收入决算509.2万元，支出决算568万元" is the expenditure
                    Matcher side = Pattern.compile("^(收入|支出)").matcher(cutHead);
                    if (side.find() && topic.endsWith(side.group(1).equals("收入") ? "支出" : "收入")) {
                        subject = topic.substring(0, topic.length() - 2) + cutHead;
                    }
                } else if (!cutHead.isEmpty() && !(derived && MEASURE_SUFFIX.matcher(cutHead).matches())) {
                    subject = cutHead;
                    if (derived && measureOnly(cutHead) && topic != null) subject = topic + cutHead;
                } else {
                    subject = derived ? (lastSubject != null ? lastSubject : topic) : (topic != null ? topic + cutHead : cutHead);
                    if (derived && cutHead.length() > 0 && subject != null && !subject.endsWith(cutHead)) subject = subject + cutHead;
                }
                if (subject != null) subject = Regexes.replaceAll(subject, "(各|均|分别|都)$", "");
                if (subject != null && subject.isEmpty()) subject = null;
                String ownSubject = subject;
                // "A、B、C分别为x、y、z": each figure of the 分别 group is about its own item, in order.
                int n = groups.size[k];
                if (n > 0 && derived) java.util.Arrays.fill(inDerivedGroup, k, k + n, true);
                if (n > 0 && groups.subject[k] == null && derived && plainSubjects.size() == n
                        && plainSubjects.stream().allMatch(java.util.Objects::nonNull)
                        && plainSubjects.stream().distinct().count() == n) {
                    for (int g = 0; g < n; g++) groups.subject[k + g] = plainSubjects.get(g);
                }
                if (groups.subject[k] != null) {
                    subject = groups.subject[k];
                    if (n > 0) { groupComparison = comparison; groupDirection = direction; groupBasis = basis; }
                    else if (listed && comparison == null && direction == null) {
                        comparison = groupComparison; direction = groupDirection; basis = groupBasis; // "、183.38%" is a rate too
                    }
                }
                if (!derived && !listed) {
                    // A plain figure: it names the subject of what follows in the sentence, and may set the topic.
                    Matcher ms = MEASURE_SUFFIX.matcher(subject == null ? "" : subject);
                    if (ms.find() && ms.start() > 0 && !Regexes.matches(subject.substring(0, ms.start()), "项目|收入|支出")) topic = subject.substring(0, ms.start());
                    else if (ms.find(0) && ms.start() == 0 && topic != null) { /* measure of the running topic */ }
                    lastSubject = ownSubject;
                    lastSubjectStart = cs;
                    if (subject != null && CLASS_PATH.matcher(subject).find()) topic = subject;
                    if (subject != null) lastPlain = subject;
                } else if (direction != null && lastSubject == null && !"share".equals(comparison) && !"completion".equals(comparison)) {
                    lastSubject = subject;
                    lastSubjectStart = cs;
                }
                Integer year = yearOf(before, fiscalYear, comparison);
                int quoteStart = derived || listed ? Math.min(lastSubjectStart, cs) : cs;
                String quote = quote(quoteStart, clauseEnd(f.end(), se));
                List<String> flags = new ArrayList<>(f.flags());
                String section = path.number();
                String key = FactKeys.key(new FactKeys.Context(label, subject, topic, prefix, direction, comparison, basis, f.unit(),
                        path.allTitles(), kind, text.substring(ss, clauseEnd(f.end(), se)), true));
                String unit = f.unit();
                if (key != null && key.startsWith("project.") && projectName != null) subject = projectName;
                if ("performance.grade.count".equals(key)) {
                    Matcher g = GRADE.matcher(prefix);
                    String grade = null;
                    while (g.find()) grade = g.group(1);
                    if (grade != null) subject = grade;
                }
                // A label that is only the comparison word (占, 增长, 减少) says what the figure is about with its subject.
                String shown = derived && subject != null && !subject.isEmpty() && BARE_VERB.matcher(label).matches()
                        ? subject + label : label;
                emit(new Fact(key, shown, f.value(), unit, year, comparison, section, pos.page(f.start(), p.page()),
                        quote, pos.box(f.start(), f.end()), subject, direction, basis, path.title(), flags), ss, quoteStart, f.start(), figs);
                if (!derived && unit != null && unit.endsWith("元")) lastMoney = out.size() - 1;
                if (!derived && !inDerivedGroup[k]) plainSubjects.add(subject);
                lastLabel = label;
                prevEnd = f.end();
            }
            wordsOnly(ss, se, figs, lastSubject);
            emptySlots(ss, se, lastSubject);
            closeLists(se > ss ? text.charAt(se - 1) : '。');
        }

        /**
         * Adds a fact with where it is stated: its own statement ({@code from}..{@code at}), the clauses of its sentence
         * before that state no figure, the sentence before it and the list it is an item of.
         */
        void emit(Fact fact, int ss, int from, int at, List<Figure> figs) {
            StringBuilder topics = new StringBuilder();
            int a = ss;
            for (int i = ss; i <= from && i < text.length(); i++) {
                boolean end = i == from || CLAUSE_END.indexOf(text.charAt(i)) >= 0;
                if (!end) continue;
                int b = i;
                int ca = a;
                if (b > ca && figs.stream().noneMatch(g -> g.start() >= ca && g.start() < b)) topics.append(text, ca, b).append('|');
                a = i + 1;
            }
            int head = heads.isEmpty() ? -1 : heads.peek()[0];
            if (head >= 0 && fact.comparison() == null && fact.direction() == null && fact.unit() != null && fact.unit().endsWith("元")) heads.peek()[2]++;
            where.add(new ClaimReader.Where(path.titles(), text.substring(Math.min(from, at), at), topics.toString(),
                    text.substring(ss, at), head));
            out.add(fact);
        }

        /**
         * A list word (其中, 主要包括 …) between the previous figure and this one opens a list of parts of the last money
         * figure; a short one (包括, 具体为) lasts to its clause's ；, unless a colon opens its items and the first piece
         * names one amount (具体为：人员经费A；公用经费B).
         */
        void listWord(int from, int at) {
            if (lastMoney < 0 || at <= from) return;
            String kindOfList = null;
            boolean colon = false;
            for (ClaimReader.Found w : ClaimReader.scan("list", text.substring(from, at))) {
                kindOfList = w.value();
                int after = from + w.end();
                colon = after < text.length() && (text.charAt(after) == '：' || text.charAt(after) == ':');
            }
            if (kindOfList == null) return;
            if (!heads.isEmpty() && heads.peek()[0] == lastMoney) return;
            // a short list word with its colon (具体为：A；B): its items may be the ；-separated pieces (kind 2)
            heads.push(new int[]{lastMoney, kindOfList.equals("long") ? 1 : colon ? 2 : 0, 0});
        }

        /** The end of a sentence closes the lists: every list at a 。, the short ones (主要包括…) at a ；. */
        void closeLists(char end) {
            // a colon list whose first piece named several amounts (包括：A、B；…) closes at the ； like a short one; one
            // whose first piece named one amount (具体为：A；B) goes on over the pieces
            if (end == '；' || end == ';') heads.removeIf(h -> h[1] == 0 || h[1] == 2 && h[2] != 1);
            else if ("。！？!?\n".indexOf(end) >= 0) heads.clear();
        }

        /** Figures distributed by 分别: size[k] = figures in the group starting at k; subject[k] = each one's item. */
        record Groups(int[] size, String[] subject) {}

        Groups groups(int ss, List<Figure> figs) {
            int[] size = new int[figs.size()];
            String[] subject = new String[figs.size()];
            for (int k = 0; k < figs.size(); k++) {
                Figure f = figs.get(k);
                int prevEndK = k == 0 ? ss : figs.get(k - 1).end();
                int cs = Math.max(clauseStart(ss, f.start()), prevEndK);
                String pre = text.substring(cs, f.start());
                int at = pre.lastIndexOf("分别");
                if (at < 0) continue;
                String link = pre.substring(at + 2);
                if (link.length() > 12 || Regexes.matches(link, ".*[、，,].*")) continue;
                int n = 1;
                while (k + n < figs.size() && Regexes.matches(text.substring(figs.get(k + n - 1).end(), figs.get(k + n).start()).strip(), "[、和及与]?")) n++;
                if (n < 2) continue;
                size[k] = n;
                String head = pre.substring(0, at);
                if (LabelCutter.strip(head).isEmpty() && cs > ss && (k == 0 || figs.get(k - 1).end() <= clauseStart(ss, cs - 1))) {
                    head = text.substring(clauseStart(ss, cs - 1), cs - 1); // "为企业代办工伤、生育保险业务，分别完成221、133笔"
                }
                List<String> items = Enumerations.items(head);
                if (items != null && items.size() == n) for (int g = 0; g < n; g++) subject[k + g] = items.get(g);
                k += n - 1;
            }
            return new Groups(size, subject);
        }

        /** "与2023年度相比，财政拨款收入支出总计持平": a change stated in words, with no figure. */
        void wordsOnly(int ss, int se, List<Figure> figs, String lastSubject) {
            String sentence = text.substring(ss, se);
            Matcher m = WORDS_ONLY.matcher(sentence);
            while (m.find()) {
                int at = ss + m.start();
                int ce = clauseEnd(ss + m.end(), se);
                boolean figureFollows = figs.stream().anyMatch(f -> f.start() >= at && f.start() < ce);
                if (figureFollows) continue;
                String before = text.substring(ss, at);
                boolean compared = before.contains("相比") || before.contains("比") || before.contains("较") || before.contains("与")
                        || before.contains("同");
                if (!compared) continue;
                int cs = clauseStart(ss, at);
                String head = Regexes.replaceAll(text.substring(cs, at), "\\s+", "");
                head = Regexes.replaceAll(head, "^(其中|与|比|较|跟)", "");
                head = Regexes.replaceAll(head, "(与|比|较|跟)?(上年度?|上一年度?|去年|\\d{4}年度?)(决算数?|预算数?|数)?(相比)?", "");
                head = Regexes.replaceAll(head, "(与|比|较|跟)(年初预算数?|全年预算数?|预算数?)", "");
                head = Regexes.replaceAll(head, "(数)?(与|和)(预算数?|决算数?)(基本)?$", "");
                head = Regexes.replaceAll(head, "(基本|均|都|也)$", "");
                head = LabelCutter.strip(head);
                String subject = head.isEmpty() ? (lastSubject != null ? lastSubject : topic != null ? topic : lastPlain) : LabelCutter.cut(head);
                if (subject != null && measureOnly(subject) && topic != null) subject = topic + subject;
                String basisText = before + text.substring(at, ce);
                String comparison, basis = null;
                Matcher bud = Pattern.compile("(年初预算数?|全年预算数?|预算数)").matcher(basisText);
                Matcher cy = COMPARED_YEAR.matcher(basisText + "，");
                Matcher yoy = YOY.matcher(basisText);
                if (cy.find()) {
                    comparison = "yoy";
                    basis = cy.group(1) + "年" + (cy.group(0).contains("年度") ? "度" : "") + cy.group(2).strip();
                    basis = Regexes.replaceAll(basis, "(相比|持平|一致)$", "");
                } else if (yoy.find()) { comparison = "yoy"; basis = yoy.group(1); }
                else if (bud.find()) { comparison = "budget"; basis = bud.group(1); }
                else continue;
                String label = LabelCutter.strip(text.substring(cs, ss + m.end()));
                String key = FactKeys.key(new FactKeys.Context(label, subject, topic, label, m.group(1), comparison, basis, null,
                        path.allTitles(), kind, sentence, false));
                if (key != null && !key.endsWith(".change")) key = null;
                emit(new Fact(key, label, null, null, fiscalYear, comparison, path.number(), pos.page(at, p.page()),
                        quote(cs, ce), pos.box(at, ss + m.end()), subject, m.group(1), basis, path.title(), List.of("words_only")),
                        ss, cs, at, figs);
            }
        }

        /** "支出决算为    万元": a slot printed without its figure. */
        void emptySlots(int ss, int se, String lastSubject) {
            Matcher m = EMPTY_SLOT.matcher(text.substring(ss, se));
            while (m.find()) {
                int u = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 5;
                int at = ss + m.start(u);
                if (unitNamed(text, at, ss + m.end(u))) continue;
                int cs = clauseStart(ss, at);
                String prefixRaw = text.substring(cs, at);
                String label = LabelCutter.cut(prefixRaw);
                String unit = m.group(u);
                String direction = null;
                Matcher d = DIRECTION.matcher(LabelCutter.strip(prefixRaw));
                if (d.find()) direction = d.group(1);
                String comparison = direction == null ? null : (YOY.matcher(text.substring(ss, at)).find() ? "yoy" : null);
                String subject = direction != null ? (lastSubject != null ? lastSubject : topic) : label;
                if (direction == null && measureOnly(label) && topic != null) subject = topic;
                String key = FactKeys.key(new FactKeys.Context(label, subject, topic, LabelCutter.strip(prefixRaw), direction, comparison,
                        null, unit, path.allTitles(), kind, text.substring(ss, se), false));
                emit(new Fact(key, label, null, unit, fiscalYear, comparison, path.number(), pos.page(at, p.page()),
                        quote(cs, clauseEnd(ss + m.end(), se)), pos.box(at, ss + m.end()), subject, direction, null, path.title(),
                        List.of("empty_value")), ss, cs, at, List.of());
            }
        }

        int clauseStart(int ss, int at) {
            for (int i = at - 1; i >= ss; i--) if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) return i + 1;
            return ss;
        }

        int clauseEnd(int from, int se) {
            for (int i = from; i < se; i++) if ("，,；;。！？!?\n、".indexOf(text.charAt(i)) >= 0) return i + 1;
            return se;
        }

        String quote(int from, int to) {
            String q = Regexes.replaceFirst(p.text().substring(from, Math.min(to, p.text().length())).strip(), "^[、，,；;：:]+", "");
            return q.length() > 240 ? q.substring(0, 240) : q;
        }

        Integer yearOf(String before, Integer fiscalYear, String comparison) {
            if ("yoy".equals(comparison) && fiscalYear != null) return fiscalYear; // a change on last year is this year's
            String b = COMPARED_YEAR.matcher(before).replaceAll("");
            Matcher y = YEAR.matcher(b);
            Integer year = null;
            while (y.find()) {
                int v = Integer.parseInt(y.group(1));
                if (v >= 1990 && v <= 2100) year = v;
            }
            if (year != null) return year;
            if (comparison == null && Regexes.matches(before, ".*(上年|上一年|去年)(度)?(决算|预算|执行)?数?(为|是|:|：)?\\s*$") && fiscalYear != null) {
                return fiscalYear - 1;
            }
            return fiscalYear;
        }
    }

    /** The last 科目 path of a paragraph ending with a colon and no figure after that path, or null. */
    static String continuedTopic(String text) {
        String t = text.strip();
        if (!(t.endsWith("：") || t.endsWith(":"))) return null;
        Matcher m = CLASS_PATH.matcher(t);
        String path = null;
        int end = -1;
        while (m.find()) { path = m.group(1); end = m.end(); }
        if (path == null || !NumberScanner.scan(t.substring(end)).isEmpty()) return null;
        return path;
    }

    private static boolean endsWithNumber(String t) {
        String s = NumberScanner.fold(t.strip());
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    private static boolean startsWithUnit(String t) {
        return Regexes.matches(NumberScanner.fold(t.strip()), "^(万元|亿元|元|%|万人|人次|人|个|辆|台|件|家|项)[^\\d].*|^(万元|亿元|元|%)$");
    }

    private static boolean measureOnly(String s) {
        return MEASURE_SUFFIX.matcher(s).matches() || Regexes.matches(s, "(支出|决算|预算|执行)(数|决算|预算)?")
                || Regexes.matches(s, "(年度?)?(当年)?(预算执行数|执行数|预算安排|预算数)");
    }

    private static String emptyToNull(String s) {
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
