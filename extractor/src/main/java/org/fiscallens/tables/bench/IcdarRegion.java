package org.fiscallens.tables.bench;

import org.fiscallens.model.Box;

import java.util.List;

/** One table region of the ICDAR 2013 ground truth on one page, in our upright frame, with its cells. */
public record IcdarRegion(int page, Box box, List<RelationCell> cells) {}
