package org.fiscallens.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run needs to know of a result JSON without building the whole model: the tool that wrote it,
 * the source's hash and page count, and the category and severity of each finding. Streams the file and
 * skips sections, tables, facts and projects.
 */
public record ResultHead(String tool, String sha256, int pages, List<String> findingCategories, List<String> findingSeverities) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads the head of a result; throws when the file is not a complete FiscalDocument JSON. */
    public static ResultHead read(Path file) throws IOException {
        String tool = null, sha = null;
        int pages = 0;
        List<String> categories = new ArrayList<>(), severities = new ArrayList<>();
        boolean sawSchema = false;
        try (JsonParser p = JSON.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "schemaVersion" -> sawSchema = true;
                    case "tool" -> tool = p.getValueAsString();
                    case "source" -> {
                        if (t != JsonToken.START_OBJECT) { p.skipChildren(); break; }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            if (f.equals("sha256")) sha = p.getValueAsString();
                            else if (f.equals("pages")) pages = p.getValueAsInt();
                            else p.skipChildren();
                        }
                    }
                    case "findings" -> {
                        if (t != JsonToken.START_ARRAY) { p.skipChildren(); break; }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            String category = null, severity = null;
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String f = p.currentName();
                                p.nextToken();
                                if (f.equals("category")) category = p.getValueAsString();
                                else if (f.equals("severity")) severity = p.getValueAsString();
                                else p.skipChildren();
                            }
                            categories.add(category == null ? "unknown" : category);
                            severities.add(severity == null ? "unknown" : severity);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) throw new IOException("incomplete JSON");
        }
        if (!sawSchema || tool == null || sha == null) throw new IOException("not a Fiscal Lens result");
        return new ResultHead(tool, sha, pages, List.copyOf(categories), List.copyOf(severities));
    }
}
