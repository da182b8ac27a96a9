package org.fiscallens.checks.report;

import org.fiscallens.model.Evidence;
import org.fiscallens.model.Finding;
import org.fiscallens.model.Severity;

import java.util.List;

/** The human-readable report of `fiscal check`: findings grouped by severity, each with pages, quotes and arithmetic. */
public final class TextReport {
    private TextReport() {}

    public static String render(String file, List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        b.append("== ").append(file).append(": ").append(errors).append(" 错误 (error), ").append(warnings)
                .append(" 警告 (warning), ").append(infos).append(" 提示 (info)\n");
        for (Severity s : Severity.values()) {
            List<Finding> l = findings.stream().filter(f -> f.severity() == s).toList();
            if (l.isEmpty()) continue;
            b.append("\n[").append(s.id().toUpperCase()).append("]\n");
            int i = 1;
            for (Finding f : l) {
                b.append(String.format("%3d. %s  (%s/%s)%n", i++, f.message(), f.category(), f.rule()));
                for (Evidence e : f.evidence()) {
                    b.append("     ");
                    if (e.file() != null) b.append(e.file()).append(' ');
                    b.append("p.").append(e.page());
                    if (e.table() != null) {
                        b.append(" 《").append(e.table()).append("》");
                        if (e.row() != null) b.append(" 行 ").append(e.row());
                        if (e.column() != null) b.append(" 列 ").append(e.column());
                        b.append("：");
                    } else {
                        b.append("  ");
                    }
                    b.append("“").append(e.quote()).append("”\n");
                }
                if (f.arithmetic() != null) b.append("     算式: ").append(f.arithmetic()).append('\n');
            }
        }
        return b.toString();
    }
}
