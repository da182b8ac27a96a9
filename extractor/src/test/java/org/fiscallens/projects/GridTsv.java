package org.fiscallens.projects;

import org.fiscallens.model.Cell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a hand-written merged-cell grid: row, col, rowSpan, colSpan, text ("\n" for a line break in a cell). */
final class GridTsv {
    private GridTsv() {}

    static List<Cell> read(Path tsv, int page) {
        try {
            List<Cell> out = new ArrayList<>();
            for (String l : Files.readAllLines(tsv)) {
                if (l.startsWith("#") || l.isBlank()) continue;
                String[] f = l.split("\t", -1);
                out.add(new Cell(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        f[4].replace("\\n", "\n"), page, null));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
