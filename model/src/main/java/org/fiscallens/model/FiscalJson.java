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

    public static FiscalDocument read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), FiscalDocument.class);
    }

    public static FiscalDocument read(String json) throws IOException {
        return MAPPER.readValue(json, FiscalDocument.class);
    }
}
