package org.fiscallens.cli;

import org.fiscallens.tables.bench.IcdarBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code fiscal bench icdar [DIR]}: the ICDAR 2013 table competition measures of our table detection and structure. */
@Command(name = "icdar", mixinStandardHelpOptions = true,
        description = "ICDAR 2013 table competition: structure (adjacency relations) on the given regions, complete detection + structure, and region detection by characters.")
final class IcdarBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "folder with NAME.pdf, NAME-reg.xml, NAME-str.xml (default ../shared/bench/icdar2013)")
    Path dir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path d = dir != null ? dir : Path.of("../shared/bench/icdar2013");
        if (!Files.isDirectory(d)) {
            spec.commandLine().getErr().println("fiscal: not a folder: " + d);
            return FiscalCli.EXIT_UNREADABLE;
        }
        IcdarBench.Result r = IcdarBench.run(d);
        out.printf(Locale.ROOT, "ICDAR 2013 table competition, %d documents (%s)%n", r.documents(), d);
        line(out, "(a) structure on given regions", r.structure(), "relations");
        line(out, "(b) detection + structure", r.complete(), "relations");
        line(out, "region detection (characters)", r.detection(), "chars");
        for (String s : r.skipped()) out.println("  skipped " + s);
        return FiscalCli.EXIT_OK;
    }

    private static void line(PrintWriter out, String what, IcdarBench.Score s, String unit) {
        out.printf(Locale.ROOT, "  %-32s precision %.3f  recall %.3f  F1 %.3f   (mean per-document F1 %.3f; %d/%d/%d %s matched/detected/truth)%n",
                what, s.precision(), s.recall(), s.f1(), s.meanDocF1(), s.tp(), s.detected(), s.truth(), unit);
    }
}
