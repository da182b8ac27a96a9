package org.fiscallens.tieout;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.fiscallens.model.Fact;
import org.fiscallens.model.Tie;

import java.util.List;

/**
 * The auditor's count of a document's tie-out: of its narrative figures, how many agree with their sources,
 * contradict one, or are untied; and of the untied, how many carry no claim subject at all (nothing the tie-out
 * could look for). It tells "0 errors" from "nothing could be checked". A fact whose tie-out has not run counts
 * as untied.
 *
 * @param figures     every narrative figure ({@code facts[]})
 * @param agrees      figures agreed to every source found
 * @param contradicts figures that disagree with a source
 * @param untied      figures with no counterpart found
 * @param noSubject   of the untied, those whose claim names no subject (or that have no claim): nothing to tie to
 */
@JsonPropertyOrder({"figures", "agrees", "contradicts", "untied", "noSubject"})
public record TieSummary(int figures, int agrees, int contradicts, int untied, int noSubject) {

    public static TieSummary of(List<Fact> facts) {
        int agrees = 0, contradicts = 0, untied = 0, noSubject = 0;
        for (Fact f : facts) {
            Tie.Status s = status(f);
            if (s == Tie.Status.AGREES) agrees++;
            else if (s == Tie.Status.CONTRADICTS) contradicts++;
            else {
                untied++;
                if (!hasSubject(f)) noSubject++;
            }
        }
        return new TieSummary(facts.size(), agrees, contradicts, untied, noSubject);
    }

    /** The fact's status; untied when the tie-out has not run. */
    public static Tie.Status status(Fact f) {
        return f.tie() == null || f.tie().status() == null ? Tie.Status.UNTIED : f.tie().status();
    }

    /** Whether the fact's claim names what it is about (an aggregate or a 科目). */
    public static boolean hasSubject(Fact f) {
        return f.claim() != null && f.claim().subject() != null && !f.claim().subject().isBlank();
    }

    /** Figures tied to something, agreeing or not. */
    public int tied() { return agrees + contradicts; }
}
