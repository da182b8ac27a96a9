package org.fiscallens.checks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * docs/rules.md, generated from the rules' own {@link RuleInfo}s (a test keeps the file in step:
 * regenerate with {@code java -cp extractor/target/fiscal-lens.jar org.fiscallens.checks.RuleCatalog docs/rules.md}).
 */
public final class RuleCatalog {
    private RuleCatalog() {}

    public static String markdown() {
        List<RuleInfo> rules = Checker.catalogue();
        StringBuilder b = new StringBuilder();
        b.append("# Rule catalogue\n\n");
        b.append("Generated from the code (`org.fiscallens.checks.RuleCatalog`; `RuleCatalogTest` fails when this file is out of date).\n");
        b.append("Every finding names one of these rules. Severity: `error` only where the document is certainly\n");
        b.append("inconsistent under exact interval tolerance (SPEC §6: a printed figure with d decimals stands for\n");
        b.append("[v − ½·10^−d, v + ½·10^−d]; a check fails only when no true values satisfy it) or certainly holds\n");
        b.append("template residue; `warning` for soft checks; `info` for observations. A rule lists its highest severity;\n");
        b.append("it reports lower where the evidence is softer (a rate, or a 万元 figure told from a 元 table, consistent with\n");
        b.append("truncation instead of rounding; a share adjusted so a\n");
        b.append("list adds to exactly 100 %, a `其中` list that may be partial, a paragraph repeated in different chapters).\n");
        b.append("A check whose row, column or figure is missing is skipped: nothing is assumed to be 0.\n\n");
        b.append(String.format("%d rules.%n%n", rules.size()));
        b.append("| id | category | severity | what it checks | why | example |\n|---|---|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            b.append("| `").append(r.id()).append("` | ").append(r.category()).append(" | ").append(r.severity().id())
                    .append(" | ").append(esc(r.what())).append(" | ").append(esc(r.why())).append(" | ").append(esc(r.example())).append(" |\n");
        }
        return b.toString();
    }

    private static String esc(String s) { return s.replace("|", "\\|").replace("\n", " "); }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.writeString(out, markdown(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }
}
