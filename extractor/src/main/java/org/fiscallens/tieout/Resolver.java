package org.fiscallens.tieout;

import org.fiscallens.model.Fact;
import org.fiscallens.model.TieSource;

import java.util.List;

/**
 * One way of tying a narrative figure to a counterpart: a table cell, another figure, or a computation. A
 * resolver returns only sources it is sure are the figure's counterpart (the right table, row and column; the
 * same subject, measure, funds and year); an ambiguous counterpart is no counterpart.
 */
public interface Resolver {
    /** The sources for {@code facts[index]}, each marked agrees or not; empty when there is no counterpart. */
    List<TieSource> sources(int index, Fact fact, TieContext ctx);
}
