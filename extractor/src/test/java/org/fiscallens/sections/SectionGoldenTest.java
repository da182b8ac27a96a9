package org.fiscallens.sections;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.Section;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Section trees against golden files written by reading the rendered pages
 * (corpus/expected/sections/*.tsv: level, number, title, first_page, last_page in document order).
 */
class SectionGoldenTest {

    @TestFactory
    Stream<DynamicTest> sectionTreesMatchTheGoldens() throws IOException {
        Path dir = Corpus.expected().resolve("sections");
        List<Path> goldens;
        try (Stream<Path> s = Files.list(dir)) {
            goldens = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        return goldens.stream().map(golden -> DynamicTest.dynamicTest(golden.getFileName().toString(), () -> {
            String name = golden.getFileName().toString().replaceFirst("\\.tsv$", ".pdf");
            Path pdf = locate(name);
            FiscalDocument doc = Corpus.extract(pdf);
            List<String> want = new ArrayList<>();
            for (Map<String, String> r : Corpus.tsv(golden)) {
                want.add(String.join(" | ", r.get("level"), r.get("number"), r.get("title"), r.get("first_page"), r.get("last_page")));
            }
            List<String> got = new ArrayList<>();
            flatten(doc.sections(), got);
            assertEquals(String.join("\n", want), String.join("\n", got), "section tree of " + name);
        }));
    }

    private static Path locate(String name) {
        Path seed = Corpus.projectRoot().resolve("corpus/seed").resolve(name);
        if (Files.exists(seed)) return seed;
        Path real = Corpus.real();
        for (String sub : new String[]{"shanghai", "jiangsu", "."}) {
            Path p = real.resolve(sub).resolve(name);
            if (Files.exists(p)) return p;
        }
        throw new AssertionError("golden names a PDF that is not in the corpus: " + name);
    }

    static void flatten(List<Section> sections, List<String> out) {
        for (Section s : sections) {
            out.add(String.join(" | ", String.valueOf(s.level()), s.number() == null ? "" : s.number(), s.title(),
                    String.valueOf(s.firstPage()), String.valueOf(s.lastPage())));
            flatten(s.children(), out);
        }
    }
}
