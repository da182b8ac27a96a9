package org.fiscallens.tables.stream;

import org.fiscallens.model.Box;

/** Words of one text line close enough to be one cell's text (a phrase, a figure). */
record Chunk(Box box, String text) {}
