package org.fiscallens.checks;

import org.fiscallens.corpus.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** docs/rules.md is the catalogue the code carries, rule ids are unique and categories are the stable ones. */
class RuleCatalogTest {
    static final Set<String> CATEGORIES = Set.of("arithmetic", "cross_table", "narrative_table", "narrative_internal", "rate",
            "year_reference", "template_residue", "naming", "duplicate_text", "completeness", "typography", "performance");

    @Test
    void docsRulesMdIsGeneratedFromTheCode() throws Exception {
        String doc = Files.readString(Corpus.projectRoot().resolve("docs/rules.md"));
        assertEquals(RuleCatalog.markdown(), doc,
                "docs/rules.md is out of date: java -cp extractor/target/fiscal-lens.jar org.fiscallens.checks.RuleCatalog docs/rules.md");
        for (RuleInfo r : Checker.catalogue()) assertTrue(doc.contains("`" + r.id() + "`"), r.id());
    }

    @Test
    void idsAreUniqueAndCategoriesStable() {
        List<RuleInfo> all = Checker.catalogue();
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : all) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertTrue(CATEGORIES.contains(r.category()), r.id() + ": " + r.category());
            assertFalse(r.what().isBlank() || r.why().isBlank() || r.example().isBlank(), r.id());
        }
        Set<String> used = new HashSet<>();
        for (RuleInfo r : all) used.add(r.category());
        assertEquals(CATEGORIES, used, "every category has at least one rule");
    }
}
