package org.fiscallens.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the classification and vocabulary tables bundled from the domain spec (used by every stage: OCR
 * snaps labels to them, the facts resolve 科目 names through {@link org.fiscallens.facts.Classification}, the checks
 * compare names)
 * ({@code /org/fiscallens/checks/*.tsv}: function_classification, class_renames, economic_classification_dept,
 * economic_classification_gov, table_words, table_titles): comment lines ({@code #}) and the header row skipped, each row
 * split on tabs.
 */
public final class DomainTables {
    public static final String FUNCTION = "function_classification.tsv", RENAMES = "class_renames.tsv",
            ECONOMIC_DEPT = "economic_classification_dept.tsv", ECONOMIC_GOV = "economic_classification_gov.tsv",
            TABLE_WORDS = "table_words.tsv", TABLE_TITLES = "table_titles.tsv";

    private DomainTables() {}

    /** The data rows of a bundled table, each split on tabs (empty fields kept). */
    public static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = DomainTables.class.getResourceAsStream("/org/fiscallens/checks/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
