package org.fiscallens.tieout;

import org.fiscallens.checks.interval.Amount;
import org.fiscallens.checks.interval.Calc;
import org.fiscallens.checks.interval.Unit;
import org.fiscallens.checks.tables.TableSet;
import org.fiscallens.checks.tables.TableView;
import org.fiscallens.model.DocumentKind;
import org.fiscallens.model.Fact;
import org.fiscallens.model.FiscalDocument;
import org.fiscallens.model.TableRow;
import org.fiscallens.model.Tie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of a document's narrative that restates a table value was tied to it. The figures counted are the level
 * claims of the report year in a measure the tables carry (a 决算's 决算数 and budgets, a 预算's 预算数) with a money
 * value; of those, a figure <em>has a counterpart</em> when it was tied to a cell (agrees or contradicts) or when,
 * untied, some cell of the document's readable tables holds its value (within the rounding of both, across units; a
 * zero is not looked for, every blank cell would hold it). The second clause is independent of the resolver: it is
 * how an untied figure that restates a table value is found at all.
 */
public final class TieCoverage {
    private TieCoverage() {}

    /** The figures with a counterpart, those tied to a cell, and the untied ones (indices into {@code facts[]}). */
    public record Result(int counterparts, int tied, List<Integer> untied) {
        public double share() { return counterparts == 0 ? 1.0 : (double) tied / counterparts; }
    }

    /** The coverage of a document whose facts carry their tie ({@link TieOut#apply}). */
    public static Result of(FiscalDocument doc) {
        DocumentKind kind = doc.document() == null ? null : doc.document().kind();
        Integer fy = doc.document() == null ? null : doc.document().fiscalYear();
        TableSet tables = new TableSet(doc.tables());
        int counterparts = 0, tied = 0;
        List<Integer> untied = new ArrayList<>();
        for (int i = 0; i < doc.facts().size(); i++) {
            Fact f = doc.facts().get(i);
            if (!CellResolver.levelClaim(f.claim(), fy) || !CellResolver.measureFits(f.claim().measure(), kind == DocumentKind.BUDGET)) continue;
            Amount a = CellResolver.stated(f);
            if (a == null) continue;
            boolean toCell = f.tie() != null && f.tie().status() != Tie.Status.UNTIED
                    && f.tie().sources().stream().anyMatch(s -> s instanceof org.fiscallens.model.TieSource.CellRef);
            if (toCell) {
                counterparts++;
                tied++;
            } else if (!a.isZero() && inSomeCell(a, tables)) {
                counterparts++;
                untied.add(i);
            }
        }
        return new Result(counterparts, tied, untied);
    }

    /** Whether some cell of the readable tables holds the amount, within the rounding of both. */
    static boolean inSomeCell(Amount a, TableSet tables) {
        for (TableView v : tables.all()) {
            for (TableRow r : v.rows()) {
                for (BigDecimal x : r.values().values()) {
                    if (x == null || x.signum() == 0) continue;
                    if (Calc.equal(a, Amount.of(x, v.unit()), Unit.YUAN).consistent()) return true;
                }
            }
        }
        return false;
    }
}
