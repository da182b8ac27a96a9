package org.fiscallens.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * The tick mark of a narrative figure: whether it agrees with its sources (a table cell, another figure, a
 * computation from other figures), contradicts one of them, or could not be tied to anything. {@code sources}
 * lists what it was compared with: for {@code contradicts}, the sources it disagrees with first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tie(Status status, List<TieSource> sources, String note) {

    public Tie {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Tie(Status status, List<TieSource> sources) { this(status, sources, null); }

    public static final Tie UNTIED = new Tie(Status.UNTIED, List.of(), null);

    /** The outcome of a tie-out. */
    public enum Status {
        AGREES("agrees"), CONTRADICTS("contradicts"), UNTIED("untied");

        private final String id;
        Status(String id) { this.id = id; }
        @JsonValue public String id() { return id; }
    }
}
