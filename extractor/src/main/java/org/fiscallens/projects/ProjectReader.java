package org.fiscallens.projects;

import org.fiscallens.model.Fact;
import org.fiscallens.model.NarrativeGrade;
import org.fiscallens.model.Project;
import org.fiscallens.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The document's projects: one per 项目支出绩效自评表 (tables of kind {@code performance_self_assessment}, read by
 * {@link PerformanceGridReader}) and one per narrative project summary (facts keyed {@code project.*}); a narrative
 * summary is merged into the table of the same project ({@link ProjectNames}). The 部门整体 self-assessment's
 * figures (facts keyed {@code dept_performance.*}) make a project of kind {@code department}.
 */
public final class ProjectReader {
    private ProjectReader() {}

    public static final String TABLE_KIND = "performance_self_assessment";
    static final double SAME_PROJECT = 0.6;

    /** Projects of the self-assessment tables; empty while the document has none. */
    public static List<Project> fromTables(List<Table> tables) {
        List<Project> out = new ArrayList<>();
        if (tables == null) return out;
        for (Table t : tables) {
            if (!TABLE_KIND.equals(t.kind()) || t.cells() == null) continue;
            Project p = PerformanceGridReader.read(t.cells());
            if (p != null) out.add(p);
        }
        return out;
    }

    /** Table projects, merged with and followed by the narrative's project summaries and the 部门整体 figures. */
    public static List<Project> read(List<Project> tableProjects, List<Fact> facts) {
        List<Project> out = new ArrayList<>(tableProjects);
        List<Project> narrative = fromNarrative(facts);
        // Best pairs first, each table and each summary used once.
        List<double[]> pairs = new ArrayList<>();
        for (int n = 0; n < narrative.size(); n++) {
            for (int t = 0; t < tableProjects.size(); t++) {
                double s = ProjectNames.similarity(narrative.get(n).name(), tableProjects.get(t).name());
                if (s >= SAME_PROJECT) pairs.add(new double[]{s, n, t});
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] usedN = new boolean[narrative.size()], usedT = new boolean[tableProjects.size()];
        for (double[] p : pairs) {
            int n = (int) p[1], t = (int) p[2];
            if (usedN[n] || usedT[t]) continue;
            usedN[n] = usedT[t] = true;
            out.set(t, merge(out.get(t), narrative.get(n)));
        }
        for (int n = 0; n < narrative.size(); n++) if (!usedN[n]) out.add(narrative.get(n));
        Project dept = department(facts);
        if (dept != null) out.add(dept);
        return out;
    }

    /** {@link #read(List, List)}, then the narrative's self-assessment grades attached ({@link #attachGrades}). */
    public static List<Project> read(List<Project> tableProjects, List<Fact> facts, List<NarrativeGrades.Statement> grades) {
        return attachGrades(read(tableProjects, facts), grades);
    }

    /**
     * Attaches each grade statement to its project: a named one to the project of that name (or alias), a statement
     * about all projects to every project (kind {@code project}) that has none of its own, an unnamed one only when
     * there is a single project. The first statement of a project is kept.
     */
    public static List<Project> attachGrades(List<Project> projects, List<NarrativeGrades.Statement> grades) {
        List<Project> out = new ArrayList<>(projects);
        if (grades == null || grades.isEmpty()) return out;
        List<Integer> own = new ArrayList<>();
        for (NarrativeGrades.Statement s : grades) {
            if (s.project() == null) continue;
            int best = -1;
            double bestScore = SAME_PROJECT;
            for (int i = 0; i < out.size(); i++) {
                Project p = out.get(i);
                if ("department".equals(p.kind())) continue;
                List<String> names = new ArrayList<>(List.of(p.name()));
                if (p.aliases() != null) names.addAll(p.aliases());
                for (String n : names) {
                    double sim = ProjectNames.similarity(s.project(), n);
                    if (sim >= bestScore && (best < 0 || sim > bestScore)) { best = i; bestScore = sim; }
                }
            }
            if (best >= 0 && !own.contains(best)) {
                out.set(best, out.get(best).withNarrativeGrade(s.grade()));
                own.add(best);
            }
        }
        List<Integer> projectIdx = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (!"department".equals(out.get(i).kind())) projectIdx.add(i);
        for (NarrativeGrades.Statement s : grades) {
            if (s.project() != null) continue;
            boolean all = "all".equals(s.grade().scope());
            if (!all && projectIdx.size() != 1) continue;
            for (int i : projectIdx) {
                if (own.contains(i) || out.get(i).narrativeGrade() != null) continue;
                NarrativeGrade g = all ? s.grade() : new NarrativeGrade(s.grade().grade(), s.grade().score(), "project", s.grade().provenance());
                out.set(i, out.get(i).withNarrativeGrade(g));
            }
        }
        return out;
    }

    /** One project per narrative summary, in order of appearance. */
    public static List<Project> fromNarrative(List<Fact> facts) {
        Map<String, List<Fact>> byName = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.key() == null || !f.key().startsWith("project.") || f.subject() == null) continue;
            byName.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        List<Project> out = new ArrayList<>();
        for (var e : byName.entrySet()) {
            BigDecimal initial = value(e.getValue(), "project.initial_budget");
            BigDecimal annual = value(e.getValue(), "project.annual_budget");
            BigDecimal executed = value(e.getValue(), "project.executed");
            BigDecimal rate = value(e.getValue(), "project.execution_rate");
            TreeSet<Integer> pages = new TreeSet<>();
            for (Fact f : e.getValue()) pages.add(f.page());
            String quote = e.getValue().get(0).quote();
            out.add(new Project(e.getKey(), null, null, initial, annual, executed, rate, null, null, List.of(), List.copyOf(pages),
                    "project", List.of("narrative"), null, null, quote, null, null));
        }
        return out;
    }

    static Project department(List<Fact> facts) {
        List<Fact> dept = facts.stream().filter(f -> f.key() != null && f.key().startsWith("dept_performance.")).toList();
        if (dept.isEmpty()) return null;
        TreeSet<Integer> pages = new TreeSet<>();
        for (Fact f : dept) pages.add(f.page());
        return new Project("部门整体", null, null, value(dept, "dept_performance.initial_budget"),
                value(dept, "dept_performance.adjusted_budget"), value(dept, "dept_performance.executed"),
                value(dept, "dept_performance.execution_rate"), null, null, List.of(), List.copyOf(pages),
                "department", List.of("narrative"), null, null, dept.get(0).quote(), null, null);
    }

    private static Project merge(Project t, Project n) {
        TreeSet<Integer> pages = new TreeSet<>(t.pages());
        pages.addAll(n.pages());
        List<String> aliases = new ArrayList<>(t.aliases() == null ? List.of() : t.aliases());
        if (!n.name().equals(t.name())) aliases.add(n.name());
        return new Project(t.name(), t.department(), t.implementer(),
                t.initialBudget() != null ? t.initialBudget() : n.initialBudget(),
                t.annualBudget() != null ? t.annualBudget() : n.annualBudget(),
                t.executed() != null ? t.executed() : n.executed(),
                t.executionRate() != null ? t.executionRate() : n.executionRate(),
                t.weight(), t.score(), t.indicators(), List.copyOf(pages), t.kind(), List.of("table", "narrative"),
                t.grade() != null ? t.grade() : n.grade(), aliases, n.quote(), t.totalWeight(), t.totalScore());
    }

    private static BigDecimal value(List<Fact> facts, String key) {
        for (Fact f : facts) if (key.equals(f.key()) && f.value() != null) return f.value();
        return null;
    }
}
