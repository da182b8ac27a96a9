package org.fiscallens.cli;

import org.fiscallens.bench.OcrOracle;
import org.fiscallens.ocr.PageOcr;
import org.fiscallens.ocr.TesseractOcr;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code fiscal bench ocr}: the OCR oracle. Table pages of text PDFs are rendered, written as scans or with
 * their tables as pictures, read back through OCR and compared cell by cell with the text layer.
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = {"OCR oracle: renders the table pages of text PDFs (default: the real corpus), reads them back by OCR "
                + "as scans and as text pages with table pictures, and compares every cell with the text layer's reading."})
public final class BenchOcrCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PDF_OR_DIR", description = "text PDFs or folders")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--dpi", split = ",", description = "resolutions (default ${DEFAULT-VALUE})")
    List<Integer> dpis = new ArrayList<>(List.of(300, 200));

    @Option(names = "--variants", split = ",", description = "clean, degraded (±1° skew, blur, JPEG, colour) (default ${DEFAULT-VALUE})")
    List<String> variants = new ArrayList<>(List.of("clean", "degraded"));

    @Option(names = "--modes", split = ",", description = "page (image-only scan), area (table areas as pictures in the text page) (default ${DEFAULT-VALUE})")
    List<String> modes = new ArrayList<>(List.of("page", "area"));

    @Option(names = "--pages", description = "table pages per PDF (default ${DEFAULT-VALUE})")
    int pages = 3;

    @Option(names = "--misses", description = "misreadings listed per configuration (default ${DEFAULT-VALUE})")
    int misses = 25;

    @Option(names = "--kinds", split = ",", description = "only pages of tables of these kinds (prefixes, e.g. performance)")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--vs-tesseract", description = "also time raw tesseract (chi_sim, --psm 1, hOCR) on the same page images: "
            + "OCR pages per second and the ratio (target <= 1.5x)")
    boolean vsTesseract;

    @Option(names = "--keep", description = "folder to keep the generated PDFs in")
    Path keep;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> pdfs = BenchInputs.pdfs(inputs, err);
        if (pdfs == null) return FiscalCli.EXIT_UNREADABLE;
        PageOcr ocr = TesseractOcr.detect().orElse(null);
        if (ocr == null) {
            err.println("fiscal: tesseract with chi_sim is not installed (scripts/setup.sh installs it)");
            return FiscalCli.EXIT_UNREADABLE;
        }
        List<OcrOracle.Config> configs = new ArrayList<>();
        for (String m : modes) for (int d : dpis) for (String v : variants) configs.add(new OcrOracle.Config(d, v.equals("degraded"), m.equals("area")));
        if (keep != null) Files.createDirectories(keep);
        Path work = Files.createTempDirectory("fiscal-ocr-");
        try {
            new OcrOracle(ocr, pages, keep, spec.commandLine().getOut()).showMisses(misses).kinds(kinds).vsTesseract(vsTesseract).run(pdfs, configs, work);
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
