package org.fiscallens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fiscallens.batch.ContentHash;
import org.fiscallens.checks.tables.Names;
import org.fiscallens.facts.Figure;
import org.fiscallens.facts.NumberScanner;
import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.PageLayout;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Box;
import org.fiscallens.model.Cell;
import org.fiscallens.model.Evidence;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Finding;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.FiscalJson;
import org.fiscallens.model.SourceInfo;
import org.fiscallens.model.Table;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.Tie;
import org.fiscallens.pdf.ParallelPageReader;
import org.fiscallens.pdf.PdfOpener;
import org.fiscallens.pipeline.DocumentExtractor;
import org.fiscallens.sections.Paragraph;
import org.fiscallens.tables.structure.Amounts;
import org.fiscallens.tables.typing.TableKinds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fiscal bench mutate}: for each document, one printed figure at a time is changed in the page text (after the
 * pdf stage, positions kept, {@link PageMutator}) and the later stages rerun in memory
 * ({@link DocumentExtractor#fromPages}); a mutant is detected when a finding appears that the unchanged document does
 * not have and whose evidence cites the changed place (same page and an overlapping box, or a quote holding the
 * changed text). Mutants are drawn with a fixed seed, {@code perClass} per class and document, once among the figures
 * that have a counterpart (the headline) and once among all figures.
 */
public final class MutationBench {

    /** What a mutant changes. */
    public enum Kind {
        AMOUNT("amount", "a digit of an amount in the narrative"),
        RATE("rate", "a digit of a rate (%) in the narrative"),
        YEAR("year", "the year a comparison is made with (to the year before it, or to the fiscal year)"),
        NAME("name", "a 科目 name: a renamed class to its old name, else two words swapped"),
        EMPTY("empty", "an amount removed, its slot left empty (…为万元)"),
        CELL("cell", "a digit of a cell of a standard table");

        public final String id, description;

        Kind(String id, String description) {
            this.id = id;
            this.description = description;
        }
    }

    /**
     * One mutant: the glyphs of a page changed from {@code original} to {@code mutated} ({@code edit}), the box of the
     * changed figure, the text a citing quote holds ({@code needle}), the sentence or cell it is in, and whether the
     * figure has a counterpart (its change is detectable in principle).
     */
    public record Mutant(Kind kind, PageMutator.Edit edit, String original, String mutated, Box box, String needle,
                         String sentence, boolean counterpart) {
        public int page() { return edit.page(); }
    }

    /**
     * The outcome of one mutant: detected or not, the rules of the new findings that cite the changed place, and the new
     * findings that cite another place (rule@page: what the change set off elsewhere, to tell a misplaced citation from
     * a change nothing reads).
     */
    public record Outcome(String kind, boolean counterpart, int page, String original, String mutated, String sentence,
                          boolean detected, List<String> rules, List<String> elsewhere) {
        public Outcome(String kind, boolean counterpart, int page, String original, String mutated, String sentence,
                       boolean detected, List<String> rules) {
            this(kind, counterpart, page, original, mutated, sentence, detected, rules, List.of());
        }
    }

    /** A document's candidates per class (all, with a counterpart) and the outcomes of its sampled mutants. */
    public record DocResult(String file, String key, String error, Map<String, int[]> candidates,
                            List<Outcome> counterpart, List<Outcome> all) {}

    /** Options of a run. */
    public record Settings(long seed, int perClass, int maxDocs, Duration timeLimit, Path state, int threads) {}

    /** Standard tables: the ones whose cells the tie-out and the table identities read. */
    static final Set<String> STANDARD = Set.of(TableKinds.INCOME_EXPENDITURE_SUMMARY, TableKinds.INCOME, TableKinds.EXPENDITURE,
            TableKinds.APPROPRIATION_SUMMARY, TableKinds.GENERAL_BUDGET_EXPENDITURE, TableKinds.GENERAL_BUDGET_BASIC_EXPENDITURE,
            TableKinds.GOVERNMENT_FUND, TableKinds.STATE_CAPITAL, TableKinds.THREE_PUBLIC);

    private static final Pattern COMPARISON_YEAR = Regexes.of("(?:比|较|同|与|对比|相比|相较于?)\\s*(20\\d{2})\\s*年");

    /** Names of the function classification (longest first) and the renamed classes' old names by their new names. */
    static final List<String> CLASS_NAMES = new ArrayList<>();
    static final Map<String, String> OLD_NAME = new HashMap<>();
    static final Set<String> ALL_NAMES = new HashSet<>();

    static {
        tsv("function_classification.tsv", c -> {
            String n = c[1].strip();
            if (n.codePointCount(0, n.length()) >= 4 && ALL_NAMES.add(n)) CLASS_NAMES.add(n);
        });
        tsv("class_renames.tsv", c -> {
            OLD_NAME.put(c[2].strip(), c[1].strip());
            ALL_NAMES.add(c[1].strip());
        });
        for (String n : OLD_NAME.keySet()) if (!CLASS_NAMES.contains(n)) { CLASS_NAMES.add(n); ALL_NAMES.add(n); }
        CLASS_NAMES.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
    }

    private static void tsv(String name, java.util.function.Consumer<String[]> row) {
        try (InputStream in = Names.class.getResourceAsStream("/org/fiscallens/checks/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t", -1);
                if (c.length >= 3) row.accept(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final List<Path> pdfs;
    private final Settings settings;
    private final PrintWriter log;

    public MutationBench(List<Path> pdfs, Settings settings, PrintWriter log) {
        this.pdfs = pdfs;
        this.settings = settings;
        this.log = log;
    }

    /** The result of a run: the documents done (read from the state file or run now) and those not reached. */
    public record Run(List<DocResult> documents, List<String> notRun, long seconds) {}

    public Run run() throws IOException {
        Instant start = Instant.now();
        Instant deadline = settings.timeLimit() == null ? null : start.plus(settings.timeLimit());
        Map<String, DocResult> stored = load(settings.state());
        List<DocResult> done = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        int ran = 0;
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString();
            String key = null;
            try {
                key = key(pdf);
            } catch (IOException e) {
                done.add(new DocResult(name, null, "unreadable: " + e.getMessage(), Map.of(), List.of(), List.of()));
                continue;
            }
            DocResult old = stored.get(key);
            if (old != null) {
                done.add(old);
                continue;
            }
            if (ran >= settings.maxDocs() || (deadline != null && Instant.now().isAfter(deadline))) {
                notRun.add(name);
                continue;
            }
            ran++;
            long t0 = System.nanoTime();
            DocResult r = runDocument(pdf, key, deadline);
            if (r == null) {
                notRun.add(name);
                continue;
            }
            done.add(r);
            save(settings.state(), r);
            if (log != null) {
                log.printf(Locale.ROOT, "%s: %d mutants, %.0f s%n", name, mutantsOf(r).size(),
                        (System.nanoTime() - t0) / 1e9);
                log.flush();
            }
        }
        return new Run(done, notRun, Duration.between(start, Instant.now()).toSeconds());
    }

    /** A document's key in the state file: its content and the run's seed and sample size. */
    private String key(Path pdf) throws IOException {
        return ContentHash.sha256(pdf) + "|" + settings.seed() + "|" + settings.perClass() + "|" + DocumentExtractor.TOOL;
    }

    /** Reads and mutates one document; null when the deadline came first (nothing of it is kept). */
    DocResult runDocument(Path pdf, String key, Instant deadline) {
        String name = pdf.getFileName().toString();
        List<PageLayout> read;
        SourceInfo source;
        try (PDDocument doc = PdfOpener.open(pdf, null)) {
            // text pages only: a scan is not mutated, and reading it by OCR at every mutant would only cost time
            read = ParallelPageReader.readAll(doc, pdf, null, null, settings.threads());
            String producer = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getProducer();
            source = new SourceInfo(name, key.substring(0, key.indexOf('|')), doc.getNumberOfPages(), producer, null, List.of(), List.of());
        } catch (Exception | StackOverflowError e) {
            return new DocResult(name, key, "unreadable: " + e.getMessage(), Map.of(), List.of(), List.of());
        }
        return mutate(name, key, read, source, deadline);
    }

    /** The mutants of one document's pages, run; null when the deadline came first. */
    DocResult mutate(String name, String key, List<PageLayout> read, SourceInfo source, Instant deadline) {
        FiscalDocument base = DocumentExtractor.fromPages(read, source, settings.threads());
        List<Mutant> candidates = candidates(read, base, new Random(seed(name)));
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) counts.put(k.id, new int[2]);
        for (Mutant m : candidates) {
            int[] c = counts.get(m.kind().id);
            c[0]++;
            if (m.counterpart()) c[1]++;
        }
        Random sampler = new Random(seed(name) * 31 + 7);
        Map<Mutant, Outcome> outcomes = new java.util.IdentityHashMap<>();
        List<Outcome> withCounterpart = new ArrayList<>(), all = new ArrayList<>();
        for (Kind k : Kind.values()) {
            List<Mutant> pool = new ArrayList<>(candidates.stream().filter(m -> m.kind() == k).toList());
            Collections.shuffle(pool, sampler);
            List<Mutant> picked = pool.subList(0, Math.min(settings.perClass(), pool.size()));
            List<Mutant> pickedTied = pool.stream().filter(Mutant::counterpart).limit(settings.perClass()).toList();
            for (List<Mutant> sample : List.of(pickedTied, picked)) {
                for (Mutant m : sample) {
                    Outcome o = outcomes.get(m);
                    if (o == null) {
                        if (deadline != null && Instant.now().isAfter(deadline)) return null;
                        o = outcome(m, read, source, base, settings.threads());
                        outcomes.put(m, o);
                    }
                    (sample == picked ? all : withCounterpart).add(o);
                }
            }
        }
        return new DocResult(name, key, null, counts, withCounterpart, all);
    }

    private long seed(String name) {
        return settings.seed() * 1_000_003L + name.hashCode();
    }

    /** Runs one mutant and counts it detected when a new finding cites the changed place. */
    static Outcome outcome(Mutant m, List<PageLayout> read, SourceInfo source, FiscalDocument base, int threads) {
        List<String> rules = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        try {
            FiscalDocument doc = DocumentExtractor.fromPages(PageMutator.apply(read, m.edit()), source, threads);
            rules = detecting(m, base.findings(), doc.findings());
            Set<Finding> old = new HashSet<>(base.findings());
            for (Finding f : doc.findings()) {
                if (old.contains(f) || cites(f, m, m.needle())) continue;
                int page = f.evidence().isEmpty() ? 0 : f.evidence().get(0).page();
                String at = f.rule() + "@p" + page;
                if (!elsewhere.contains(at)) elsewhere.add(at);
            }
        } catch (RuntimeException | StackOverflowError e) {
            rules = List.of("(failed: " + e.getClass().getSimpleName() + ")");
        }
        boolean detected = rules.stream().anyMatch(r -> !r.startsWith("("));
        return new Outcome(m.kind().id, m.counterpart(), m.page(), m.original(), m.mutated(), m.sentence(), detected, rules, elsewhere);
    }

    /**
     * The rules of the findings of the mutant that cite the changed place and are new: the unchanged document has
     * neither the same finding nor one of the same rule citing the same place (a finding there already whose quote or
     * figures merely follow the change is no detection).
     */
    public static List<String> detecting(Mutant m, List<Finding> before, List<Finding> after) {
        Set<Finding> old = new HashSet<>(before);
        // by rule and severity: an error where the unchanged document had only an observation (a rate cut rather than
        // rounded, info) is a new finding
        Set<String> there = new HashSet<>();
        for (Finding b : before) if (cites(b, m, m.original())) there.add(b.rule() + "|" + b.severity());
        List<String> rules = new ArrayList<>();
        for (Finding f : after) {
            if (old.contains(f) || there.contains(f.rule() + "|" + f.severity()) || !cites(f, m, m.needle())) continue;
            if (!rules.contains(f.rule())) rules.add(f.rule());
        }
        return rules;
    }

    /** Whether the finding cites the mutant's place: its page and an overlapping box, or a quote holding {@code text}. */
    static boolean cites(Finding f, Mutant m, String text) {
        String needle = compact(text);
        for (Evidence e : f.evidence()) {
            if (e.file() != null || e.page() != m.page()) continue;
            if (e.box() != null && m.box() != null && overlaps(e.box(), m.box())) return true;
            if (e.quote() != null && !needle.isEmpty() && compact(e.quote()).contains(needle)) return true;
        }
        return false;
    }

    private static boolean overlaps(Box a, Box b) {
        return Math.min(a.x1(), b.x1()) > Math.max(a.x0(), b.x0()) - 0.5 && Math.min(a.bottom(), b.bottom()) > Math.max(a.top(), b.top()) - 0.5;
    }

    private static String compact(String s) {
        return s == null ? "" : NumberScanner.fold(Chars.compact(s)).replace(",", "");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // candidates

    /** Every mutant the document offers, one per printed figure and class, its digit and new value drawn from {@code rnd}. */
    public static List<Mutant> candidates(List<PageLayout> read, FiscalDocument base, Random rnd) {
        Map<Glyph, PageMutator.GlyphRef> index = PageMutator.index(read);
        List<Paragraph> paragraphs = DocumentExtractor.paragraphs(DocumentExtractor.layout(read));
        Integer fy = base.document() == null ? null : base.document().fiscalYear();
        Set<String> rowNames = new HashSet<>();
        for (Table t : base.tables()) {
            if (t.kind() == null || !STANDARD.contains(t.kind()) || !t.readable()) continue;
            for (TableRow r : t.rows()) if (r.name() != null) rowNames.add(Names.norm(r.name()));
        }
        List<Mutant> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String text = p.text();
            String folded = NumberScanner.fold(text);
            PageMutator.GlyphRef[] at = PageMutator.glyphsOf(p, index);
            for (Figure f : NumberScanner.scan(text)) {
                Kind kind = f.isMoney() ? Kind.AMOUNT : "%".equals(f.unit()) ? Kind.RATE : null;
                if (kind == null || f.value() == null) continue;
                List<Integer> offsets = new ArrayList<>();
                boolean whole = true;
                for (int i = f.start(); i < f.numEnd(); i++) {
                    if (folded.charAt(i) == ' ') continue;
                    if (at[i] == null || at[i].glyph().ocr()) whole = false;
                    else offsets.add(i);
                }
                if (!whole || offsets.isEmpty() || !samePage(at, offsets)) continue;
                int page = at[offsets.get(0)].page();
                Box box = boxOf(at, offsets);
                Fact fact = factAt(base, page, box, f.value());
                boolean tied = fact != null && ties(fact);
                String number = text.substring(f.start(), f.numEnd());
                String sentence = sentence(text, f.start(), f.end());
                Mutant digit = digitMutant(kind, at, offsets, text, number, f.start(), box, sentence, tied, rnd);
                if (digit != null && tied && !detectable(fact, Amounts.parse(digit.mutated()), base)) {
                    // a change inside the rounding its sources allow (2416.43 → 2416.44 of 233.1 + 2183.33) cannot be told
                    digit = new Mutant(digit.kind(), digit.edit(), digit.original(), digit.mutated(), digit.box(), digit.needle(),
                            digit.sentence(), false);
                }
                if (digit != null) out.add(digit);
                if (kind == Kind.AMOUNT) {
                    List<Integer> glyphs = offsets.stream().map(i -> at[i].index()).toList();
                    String slot = text.substring(Math.max(0, f.start() - 1), f.start()) + text.substring(f.numEnd(), f.end());
                    // an empty slot is a defect in itself: detectable whatever the figure's counterpart
                    out.add(new Mutant(Kind.EMPTY, new PageMutator.Edit(page, glyphs, ""), Chars.compact(number), "", box, slot, sentence, true));
                }
            }
            if (fy != null) {
                Matcher m = COMPARISON_YEAR.matcher(folded);
                while (m.find()) {
                    int year = Integer.parseInt(m.group(1));
                    if (year == fy || year < 2000) continue;
                    int to = rnd.nextBoolean() ? year - 1 : fy;
                    Mutant y = replaced(Kind.YEAR, at, text, m.start(1), m.end(1), Integer.toString(to), true,
                            sentence(text, m.start(), m.end()), Integer.toString(to) + "年");
                    if (y != null) out.add(y);
                }
            }
            // a name with a counterpart: a row of a standard table by that name, or marked as a 科目 by its level
            // (行政运行（项）); in running prose (主要用于住房公积金和提租补贴发放) a name need not be the 科目
            boolean[] used = new boolean[text.length()];
            for (String name : CLASS_NAMES) {
                int i = text.indexOf(name);
                while (i >= 0 && anyUsed(used, i, i + name.length())) i = text.indexOf(name, i + 1);
                if (i < 0) continue;
                for (int k = i; k < i + name.length(); k++) used[k] = true;
                String changed = OLD_NAME.containsKey(name) ? OLD_NAME.get(name) : swapped(name);
                if (changed == null) continue;
                boolean counterpart = rowNames.contains(Names.norm(name))
                        || Regexes.of("^\\s*[（(](类|款|项)[）)]").matcher(text.substring(i + name.length())).find();
                Mutant n = replaced(Kind.NAME, at, text, i, i + name.length(), changed, counterpart,
                        sentence(text, i, i + name.length()), changed);
                if (n != null) out.add(n);
            }
        }
        out.addAll(cellMutants(read, base, rnd));
        return out;
    }

    /**
     * The name with its first two words swapped (就业创业服务补贴 → 创业就业服务补贴, 住房公积金 → 公积金住房, 公共卫生 → 卫生公共), words as the
     * facts stage's segmenter cuts them; null for a name of one word or when the swap gives a name of the classification.
     */
    static String swapped(String name) {
        List<com.hankcs.hanlp.seg.common.Term> terms = org.fiscallens.facts.Segmenter.segment(name);
        String a, b;
        if (terms.size() >= 2) {
            a = terms.get(0).word;
            b = terms.get(1).word;
        } else if (name.length() == 4) {
            // a four-character word the dictionary keeps whole (公共卫生) is two words of two
            a = name.substring(0, 2);
            b = name.substring(2);
        } else {
            return null;
        }
        if (a.isEmpty() || b.isEmpty() || !Chars.isCjk(a.codePointAt(0)) || !Chars.isCjk(b.codePointAt(0))) return null;
        String s = b + a + name.substring(a.length() + b.length());
        return s.equals(name) || ALL_NAMES.contains(s) ? null : s;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) if (used[i]) return true;
        return false;
    }

    /** A mutant replacing text[from, to) by {@code by}; null when a character is not a glyph of one page. */
    private static Mutant replaced(Kind kind, PageMutator.GlyphRef[] at, String text, int from, int to, String by,
                                   boolean counterpart, String sentence, String needle) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (at[i] == null || at[i].glyph().ocr()) return null;
            offsets.add(i);
        }
        if (!samePage(at, offsets) || text.substring(from, to).equals(by)) return null;
        String original = text.substring(from, to);
        // full-width digits stay full-width
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < by.length(); i++) {
            char c = by.charAt(i);
            boolean wide = i < original.length() && original.charAt(i) >= '０' && original.charAt(i) <= '９';
            b.append(wide && c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return new Mutant(kind, new PageMutator.Edit(at[from].page(), offsets.stream().map(i -> at[i].index()).toList(), b.toString()),
                original, b.toString(), boxOf(at, offsets), needle, sentence, counterpart);
    }

    /** One digit of a printed number changed to another digit (never a leading digit to 0). */
    private static Mutant digitMutant(Kind kind, PageMutator.GlyphRef[] at, List<Integer> offsets, String text, String number,
                                      int numberStart, Box box, String sentence, boolean counterpart, Random rnd) {
        String folded = NumberScanner.fold(text);
        List<Integer> digits = offsets.stream().filter(i -> Character.isDigit(folded.charAt(i)) && folded.charAt(i) < 128).toList();
        if (digits.isEmpty()) return null;
        int pos = digits.get(rnd.nextInt(digits.size()));
        char old = folded.charAt(pos);
        boolean leading = pos == digits.get(0) && digits.size() > 1 && folded.indexOf('.', numberStart) != digits.get(0) + 1;
        int d;
        do d = rnd.nextInt(10); while (d == old - '0' || (leading && d == 0));
        boolean wide = text.charAt(pos) >= '０' && text.charAt(pos) <= '９';
        String digit = String.valueOf(wide ? (char) ('０' + d) : (char) ('0' + d));
        String mutated = Chars.compact(text.substring(numberStart, pos) + digit + text.substring(pos + 1, numberStart + number.length()));
        return new Mutant(kind, new PageMutator.Edit(at[pos].page(), List.of(at[pos].index()), digit), Chars.compact(number), mutated,
                box, mutated, sentence, counterpart);
    }

    /** A digit of a cell of a table's data rows; the counterpart: the table is a standard one and understood. */
    private static List<Mutant> cellMutants(List<PageLayout> read, FiscalDocument base, Random rnd) {
        Map<Integer, PageLayout> pages = new HashMap<>();
        for (PageLayout p : read) pages.put(p.number(), p);
        List<Mutant> out = new ArrayList<>();
        for (Table t : base.tables()) {
            if (t.cells() == null || t.source() != null) continue;
            boolean standard = t.kind() != null && STANDARD.contains(t.kind()) && t.readable();
            for (Cell c : t.cells()) {
                if (c.text() == null || c.box() == null || !Regexes.matches(c.text(), ".*\\d.*")) continue;
                BigDecimal v = Amounts.parse(c.text());
                TableRow row = v == null ? null : dataRow(t, c, v);
                if (row == null) continue;
                PageLayout page = pages.get(c.page());
                if (page == null) continue;
                List<PageMutator.GlyphRef> gs = PageMutator.inside(page, c.box());
                StringBuilder printed = new StringBuilder();
                for (PageMutator.GlyphRef g : gs) printed.append(g.glyph().text());
                if (!compact(printed.toString()).equals(compact(c.text())) || gs.stream().anyMatch(g -> g.glyph().ocr())) continue;
                List<PageMutator.GlyphRef> digits = gs.stream().filter(g -> g.glyph().text().length() == 1
                        && Character.isDigit(g.glyph().text().charAt(0)) && g.glyph().text().charAt(0) < 128).toList();
                if (digits.isEmpty()) continue;
                int k = rnd.nextInt(digits.size());
                PageMutator.GlyphRef g = digits.get(k);
                char old = g.glyph().text().charAt(0);
                boolean leading = k == 0 && digits.size() > 1 && !printed.toString().startsWith(old + ".");
                int d;
                do d = rnd.nextInt(10); while (d == old - '0' || (leading && d == 0));
                StringBuilder mutated = new StringBuilder();
                for (PageMutator.GlyphRef x : gs) mutated.append(x == g ? String.valueOf((char) ('0' + d)) : x.glyph().text());
                String where = (t.title() == null ? t.kind() : t.title()) + " | "
                        + ((row.code() == null ? "" : row.code() + " ") + (row.name() == null ? "" : row.name())).strip() + " | " + column(row, v);
                out.add(new Mutant(Kind.CELL, new PageMutator.Edit(c.page(), List.of(g.index()), String.valueOf((char) ('0' + d))),
                        c.text(), mutated.toString(), c.box(), mutated.toString(), where, standard));
            }
        }
        return out;
    }

    /**
     * The row whose value the cell is: a data row (not a header or 栏次 line) holding its value (not its 科目编码);
     * null for any other cell.
     */
    private static TableRow dataRow(Table t, Cell c, BigDecimal v) {
        for (TableRow r : t.rows()) {
            if (r.page() != c.page() || r.box() == null || !r.box().contains(c.box().centerX(), c.box().centerY())) continue;
            for (Map.Entry<String, BigDecimal> x : r.values().entrySet()) {
                if (x.getValue() != null && x.getValue().compareTo(v) == 0) return r;
            }
        }
        return null;
    }

    /** The column (header path) of the row whose value is {@code v}. */
    private static String column(TableRow r, BigDecimal v) {
        for (Map.Entry<String, BigDecimal> x : r.values().entrySet()) {
            if (x.getValue() != null && x.getValue().compareTo(v) == 0) return x.getKey();
        }
        return "?";
    }

    /** The fact printed at the figure's place: same page, same value, overlapping box. */
    private static Fact factAt(FiscalDocument doc, int page, Box box, BigDecimal value) {
        for (Fact f : doc.facts()) {
            if (f.page() != page || f.value() == null || f.value().compareTo(value) != 0) continue;
            if (f.box() == null || overlaps(f.box(), box)) return f;
        }
        return null;
    }

    /**
     * Whether a fact's figure changed to {@code value} would disagree with one of the sources it agrees with: outside a
     * computation's interval, or further from a cell's or another figure's value than the rounding of both allows
     * (SPEC §6: half a unit of the last printed place each, in yuan).
     */
    static boolean detectable(Fact f, BigDecimal value, FiscalDocument doc) {
        if (value == null || f.tie() == null) return false;
        // a computation's interval is signed (减少41.87万元 is −41.87 there): the changed figure keeps its direction word
        BigDecimal signed = org.fiscallens.tieout.Relations.sign(f) < 0 ? value.negate() : value;
        for (org.fiscallens.model.TieSource s : f.tie().sources()) {
            if (!s.agrees()) continue;
            if (s instanceof org.fiscallens.model.TieSource.Computed c) {
                if (c.interval() != null && c.interval().size() == 2
                        && (signed.compareTo(c.interval().get(0)) < 0 || signed.compareTo(c.interval().get(1)) > 0)) return true;
            } else if (s instanceof org.fiscallens.model.TieSource.CellRef c) {
                if (c.value() != null && apart(value, f.unit(), c.value(), c.unit() == null ? f.unit() : c.unit())) return true;
            } else if (s instanceof org.fiscallens.model.TieSource.FactRef r) {
                if (r.index() < 0 || r.index() >= doc.facts().size()) continue;
                Fact o = doc.facts().get(r.index());
                if (o.value() != null && apart(value, f.unit(), o.value(), o.unit() == null ? f.unit() : o.unit())) return true;
            }
        }
        return false;
    }

    /** Whether two printed amounts differ by more than the rounding of both (in the smaller of their units). */
    private static boolean apart(BigDecimal a, String unitA, BigDecimal b, String unitB) {
        BigDecimal sa = scale(unitA), sb = scale(unitB);
        BigDecimal x = a.multiply(sa), y = b.multiply(sb);
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal tol = half.movePointLeft(Math.max(0, a.scale())).multiply(sa).add(half.movePointLeft(Math.max(0, b.scale())).multiply(sb));
        return x.subtract(y).abs().compareTo(tol) > 0;
    }

    private static BigDecimal scale(String unit) {
        if (unit == null) return BigDecimal.ONE;
        if (unit.startsWith("亿")) return new BigDecimal("100000000");
        if (unit.startsWith("万")) return new BigDecimal("10000");
        if (unit.startsWith("千")) return new BigDecimal("1000");
        return BigDecimal.ONE;
    }

    /** A fact with a counterpart: the tie-out found its source and it agrees. */
    static boolean ties(Fact f) {
        Tie t = f.tie();
        return t != null && t.status() == Tie.Status.AGREES && !t.sources().isEmpty();
    }

    private static boolean samePage(PageMutator.GlyphRef[] at, List<Integer> offsets) {
        int page = at[offsets.get(0)].page();
        for (int i : offsets) if (at[i].page() != page) return false;
        return true;
    }

    private static Box boxOf(PageMutator.GlyphRef[] at, List<Integer> offsets) {
        Box b = null;
        for (int i : offsets) b = b == null ? at[i].glyph().box() : b.union(at[i].glyph().box());
        return b;
    }

    /** The sentence around [from, to): from the last 。；! before to the next one, at most 160 characters. */
    static String sentence(String text, int from, int to) {
        int s = from, e = to;
        while (s > 0 && "。；;！".indexOf(text.charAt(s - 1)) < 0 && from - s < 100) s--;
        while (e < text.length() && "。；;！".indexOf(text.charAt(e - 1)) < 0 && e - to < 60) e++;
        // a sentence cut at the limit starts after a comma, not inside a figure
        if (s > 0 && "。；;！".indexOf(text.charAt(s - 1)) < 0) {
            int comma = text.indexOf('，', s);
            if (comma >= 0 && comma < from) s = comma + 1;
        }
        return text.substring(s, Math.min(e, text.length())).strip();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // state and report

    private static Map<String, DocResult> load(Path state) throws IOException {
        Map<String, DocResult> out = new HashMap<>();
        if (state == null || !Files.exists(state)) return out;
        ObjectMapper m = FiscalJson.mapper();
        for (String line : Files.readAllLines(state, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                DocResult r = m.readValue(line, DocResult.class);
                if (r.key() != null) out.put(r.key(), r);
            } catch (IOException e) {
                // a line cut short by an interrupted run: that document is run again
            }
        }
        return out;
    }

    private static void save(Path state, DocResult r) throws IOException {
        if (state == null || r.key() == null) return;
        String line = FiscalJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n";
        Files.writeString(state, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Mutants and detected per class of a list of outcomes. */
    public static Map<String, int[]> tally(List<Outcome> outcomes) {
        Map<String, int[]> t = new LinkedHashMap<>();
        for (Kind k : Kind.values()) t.put(k.id, new int[2]);
        for (Outcome o : outcomes) {
            int[] c = t.get(o.kind());
            c[0]++;
            if (o.detected()) c[1]++;
        }
        return t;
    }

    private static String recall(int[] c) {
        return c[0] == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * c[1] / c[0]);
    }

    /** The run as text: the tables per class (counterpart mutants, then all), per document, and missed examples. */
    public static void printText(Run run, Settings s, int examples, PrintWriter out) {
        List<DocResult> docs = run.documents();
        long failed = docs.stream().filter(d -> d.error() != null).count();
        out.printf(Locale.ROOT, "Mutation bench: %d documents (%d unreadable), seed %d, %d mutants per class and document, %d s%n",
                docs.size(), failed, s.seed(), s.perClass(), run.seconds());
        if (!run.notRun().isEmpty()) {
            out.printf("Not run (time or document limit; run again with the same --state to go on): %d%n", run.notRun().size());
        }
        List<Outcome> tied = docs.stream().flatMap(d -> d.counterpart().stream()).toList();
        List<Outcome> all = docs.stream().flatMap(d -> d.all().stream()).toList();
        out.println();
        out.println("Figures with a counterpart (facts the tie-out agrees with a source; cells of standard tables; 科目 names");
        out.println("that a standard table's row bears or marked 类/款/项; every comparison year and emptied amount):");
        table(tally(tied), candidates(docs, 1), out);
        out.println();
        out.println("All figures:");
        table(tally(all), candidates(docs, 0), out);
        out.println();
        out.println("Per document (figures with a counterpart: detected/mutants per class):");
        StringBuilder h = new StringBuilder(pad("document", 52));
        for (Kind k : Kind.values()) h.append(String.format("%9s", k.id));
        out.println(h);
        for (DocResult d : docs) {
            StringBuilder row = new StringBuilder(pad(d.file(), 52));
            if (d.error() != null) {
                out.println(row + d.error());
                continue;
            }
            Map<String, int[]> t = tally(d.counterpart());
            for (Kind k : Kind.values()) {
                int[] c = t.get(k.id);
                row.append(String.format("%9s", c[0] == 0 ? "-" : c[1] + "/" + c[0]));
            }
            out.println(row);
        }
        if (examples > 0) {
            for (Kind k : Kind.values()) {
                List<String> lines = new ArrayList<>();
                for (DocResult d : docs) {
                    for (Outcome o : d.counterpart()) {
                        if (o.kind().equals(k.id) && !o.detected() && lines.size() < examples) {
                            lines.add("  " + d.file() + " p" + o.page() + ": " + o.original() + " → " + o.mutated() + "  「" + o.sentence() + "」"
                                    + (o.elsewhere() == null || o.elsewhere().isEmpty() ? "" : "  new elsewhere: " + String.join(", ", o.elsewhere())));
                        }
                    }
                }
                if (lines.isEmpty()) continue;
                out.println();
                out.println("Missed " + k.id + " mutants:");
                lines.forEach(out::println);
            }
        }
        out.flush();
    }

    private static Map<String, Integer> candidates(List<DocResult> docs, int which) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (DocResult d : docs) d.candidates().forEach((k, v) -> n.merge(k, v[which], Integer::sum));
        return n;
    }

    private static void table(Map<String, int[]> t, Map<String, Integer> candidates, PrintWriter out) {
        out.printf("%-8s %10s %8s %9s %8s%n", "class", "candidates", "mutants", "detected", "recall %");
        int[] sum = new int[2];
        int cands = 0;
        for (Map.Entry<String, int[]> e : t.entrySet()) {
            int[] c = e.getValue();
            int n = candidates.getOrDefault(e.getKey(), 0);
            out.printf("%-8s %10d %8d %9d %8s%n", e.getKey(), n, c[0], c[1], recall(c));
            sum[0] += c[0];
            sum[1] += c[1];
            cands += n;
        }
        out.printf("%-8s %10d %8d %9d %8s%n", "all", cands, sum[0], sum[1], recall(sum));
    }

    /** The text cut or padded to {@code n} columns of a terminal (a Chinese character takes two). */
    static String pad(String s, int n) {
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = cp >= 0x1100 && (Chars.isCjk(cp) || cp >= 0x3000 && cp <= 0x30ff || cp >= 0xff00 && cp <= 0xff60) ? 2 : 1;
            if (w + cw > n - 2) {
                b.append('…');
                w++;
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        while (w++ < n) b.append(' ');
        return b.toString();
    }

    /** The run as one JSON object: settings, totals per class (counterpart and all) and every document's mutants. */
    public static Map<String, Object> json(Run run, Settings s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("seed", s.seed());
        o.put("perClass", s.perClass());
        o.put("seconds", run.seconds());
        o.put("notRun", run.notRun());
        List<DocResult> docs = run.documents();
        o.put("counterpart", totals(tally(docs.stream().flatMap(d -> d.counterpart().stream()).toList()), candidates(docs, 1)));
        o.put("all", totals(tally(docs.stream().flatMap(d -> d.all().stream()).toList()), candidates(docs, 0)));
        List<Map<String, Object>> ds = new ArrayList<>();
        for (DocResult d : docs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", d.file());
            if (d.error() != null) m.put("error", d.error());
            Map<String, Integer> tiedCands = new LinkedHashMap<>(), allCands = new LinkedHashMap<>();
            d.candidates().forEach((k, v) -> { allCands.put(k, v[0]); tiedCands.put(k, v[1]); });
            m.put("counterpart", totals(tally(d.counterpart()), tiedCands));
            m.put("all", totals(tally(d.all()), allCands));
            m.put("mutants", mutantsOf(d));
            ds.add(m);
        }
        o.put("documents", ds);
        return o;
    }

    private static List<Outcome> mutantsOf(DocResult d) {
        List<Outcome> out = new ArrayList<>(d.counterpart());
        for (Outcome o : d.all()) if (!out.contains(o)) out.add(o);
        return out;
    }

    private static Map<String, Object> totals(Map<String, int[]> t, Map<String, Integer> candidates) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : t.entrySet()) {
            int[] c = e.getValue();
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("candidates", candidates.getOrDefault(e.getKey(), 0));
            k.put("mutants", c[0]);
            k.put("detected", c[1]);
            k.put("recall", c[0] == 0 ? null : Math.round(1000.0 * c[1] / c[0]) / 10.0);
            o.put(e.getKey(), k);
        }
        return o;
    }

    /** For tests: the mutants of a class by kind. */
    static Map<Kind, List<Mutant>> byKind(List<Mutant> ms) {
        Map<Kind, List<Mutant>> out = new EnumMap<>(Kind.class);
        for (Mutant m : ms) out.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
        return out;
    }
}
