package org.fiscallens.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.fiscallens.model.FiscalJson;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The JSON that {@code extract} and {@code check} print: one object per document. One document is one object
 * (indented, or on one line with --compact); several documents, or --jsonl, are JSON Lines: one object a line.
 */
final class JsonOut {
    private final PrintWriter out;
    private final boolean lines, compact;
    private int written;

    JsonOut(PrintWriter out, boolean jsonl, boolean compact, boolean many) {
        this.out = out;
        this.lines = jsonl || many;
        this.compact = compact;
    }

    private ObjectWriter writer() {
        return lines || compact ? FiscalJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                : FiscalJson.mapper().writer();
    }

    /** Prints one document's object. */
    void write(Object document) throws IOException {
        out.println(writer().writeValueAsString(document));
        written++;
        out.flush();
    }

    /** Prints an already serialised (indented) document; re-serialised on one line when lines or compact. */
    void writeRaw(String json) throws IOException {
        if (lines || compact) json = FiscalJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(FiscalJson.mapper().readTree(json));
        out.println(json);
        written++;
        out.flush();
    }

    int written() { return written; }
}
