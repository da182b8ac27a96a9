package org.fiscallens.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one JSON mapping of the model. Amounts are {@link java.math.BigDecimal} written plainly with their
 * scale ({@code 2946.25}, {@code 31214205.80}) and read back exactly.
 */
public final class FiscalJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // a tree keeps each amount's scale (2390.80 stays 2390.80, not 2390.8): models are checked and
            // re-serialised through trees, and the checks read the scale of a printed figure
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private FiscalJson() {}

    /** The writer of whole documents, its serializers built once (see {@link #prewarm()}). */
    private static final class DocumentWriter {
        static final ObjectWriter WRITER = MAPPER.writerFor(FiscalDocument.class);
    }

    /**
     * Builds the serializers of the whole model now (Jackson introspects every record on first use, a few
     * hundred milliseconds of a cold start), so that a background thread can do it while a document is read.
     */
    public static void prewarm() {
        try {
            DocumentWriter.WRITER.writeValueAsString(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper mapper() { return MAPPER; }

    public static String write(FiscalDocument doc) {
        try {
            return DocumentWriter.WRITER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the document as {@link #write(FiscalDocument)} gives it, followed by a newline, straight to {@code out}
     * (left open): a long report's JSON is never held whole in memory as a string.
     */
    public static void write(FiscalDocument doc, java.io.OutputStream out) throws IOException {
        DocumentWriter.WRITER.writeValue(new java.io.FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { out.flush(); }
        }, doc);
        out.write('\n');
        out.flush();
    }

    public static FiscalDocument read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), FiscalDocument.class);
    }

    public static FiscalDocument read(String json) throws IOException {
        return MAPPER.readValue(json, FiscalDocument.class);
    }

    /**
     * A model written by this tool, or an {@link IOException} whose message says in one line why the file is
     * not one: not JSON, not an object (an array), no or another {@code schemaVersion}, or a required part of
     * the model missing or of the wrong type (a batch {@code summary.json}, any other JSON object).
     */
    public static FiscalDocument readModel(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode()) throw new IOException("empty file");
        if (!root.isObject()) throw new IOException("a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + ", not a model (an object with schemaVersion " + FiscalDocument.SCHEMA_VERSION + ")");
        com.fasterxml.jackson.databind.JsonNode version = root.get("schemaVersion");
        if (version == null) throw new IOException("no schemaVersion (a model written by `fiscal extract` has schemaVersion "
                + FiscalDocument.SCHEMA_VERSION + ")");
        if (!version.isInt() || version.intValue() != FiscalDocument.SCHEMA_VERSION)
            throw new IOException("schemaVersion " + version + ", this tool reads " + FiscalDocument.SCHEMA_VERSION);
        for (String part : new String[]{"source", "document"}) {
            if (root.get(part) == null || !root.get(part).isObject()) throw new IOException("no \"" + part + "\" object");
        }
        for (String part : new String[]{"sections", "tables", "facts", "projects", "findings"}) {
            if (root.get(part) == null || !root.get(part).isArray()) throw new IOException("no \"" + part + "\" array");
        }
        if (root.get("lines") != null && !root.get("lines").isArray()) throw new IOException("\"lines\" is not an array");
        try {
            return MAPPER.treeToValue(root, FiscalDocument.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("a part of the model cannot be read: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }
}
