package org.fiscallens.tables.stream;

import org.fiscallens.layout.PageLayout;
import org.fiscallens.model.Box;
import org.fiscallens.tables.grid.CellGrid;
import org.fiscallens.tables.grid.Rules;

import java.util.List;

/** Stream tables (no ruling grid): placeholder filled in below. */
public final class StreamDetector {
    private StreamDetector() {}

    public static List<CellGrid> detect(PageLayout page, Rules rules, List<Box> taken) {
        return List.of();
    }
}
