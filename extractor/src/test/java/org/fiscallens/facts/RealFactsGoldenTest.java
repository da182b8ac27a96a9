package org.fiscallens.facts;

import org.fiscallens.corpus.Corpus;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headline statements of real documents of both families (Shanghai 决算 and 预算, Jiangsu 预算), listed by hand
 * from the printed pages in corpus/expected/facts/REGION__NAME.tsv, are extracted with their value (scale kept),
 * unit, page and stable key.
 */
class RealFactsGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "shanghai__上海市普陀区财政局2024年度部门决算",
            "shanghai__上海市普陀区规划和自然资源局 2024 年度部门决算",
            "shanghai__上海市普陀区财政局部门25年预算",
            "shanghai__上海市普陀区人民政府万里街道办事处24年预算",
            "jiangsu__江苏省委办公厅2019年度部门预算公开文件",
            "jiangsu__江苏省政协办公厅2018年度部门预算"})
    void headlineStatementsAreFound(String name) throws Exception {
        Path real = Corpus.real();
        String region = name.substring(0, name.indexOf("__"));
        String file = name.substring(name.indexOf("__") + 2);
        Path pdf;
        try (var s = Files.list(real.resolve(region))) {
            pdf = s.filter(p -> p.getFileName().toString().endsWith(file + ".pdf")).findFirst().orElseThrow();
        }
        FiscalDocument doc = Corpus.extract(pdf);
        List<FactGolden> golden = FactGolden.read(Corpus.expected().resolve("facts").resolve(name + ".tsv"));
        assertTrue(golden.size() >= 25, "golden too small: " + golden.size());
        FactGolden.Result r = FactGolden.match(golden, doc.facts());
        List<String> problems = new ArrayList<>();
        int ok = 0;
        for (int i = 0; i < golden.size(); i++) {
            FactGolden g = golden.get(i);
            Fact f = r.found().get(i);
            if (f == null) problems.add("missing line " + g.line() + ": p" + g.page() + " " + g.value() + " " + g.unit() + " " + g.key() + " " + g.context());
            else if (!g.sameKey(f)) problems.add("key line " + g.line() + ": " + g.key() + " but " + f.key() + " — " + f.quote());
            else ok++;
        }
        System.out.printf("%s: %d/%d headline statements, %d facts (%d keyed)%n", name, ok, golden.size(), doc.facts().size(),
                doc.facts().stream().filter(f -> f.key() != null).count());
        problems.forEach(p -> System.out.println("  " + p));
        assertEquals(List.of(), problems);
    }
}
