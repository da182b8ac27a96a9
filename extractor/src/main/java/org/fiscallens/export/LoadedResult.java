package org.fiscallens.export;

import org.fiscallens.model.DocumentInfo;
import org.fiscallens.model.FiscalDocument;

import java.nio.file.Path;

/**
 * One result JSON read for export.
 *
 * @param json the result file
 * @param name its path relative to the folder it was found in, without {@code .json} (the file name for a file named directly)
 * @param doc  the model
 */
public record LoadedResult(Path json, String name, FiscalDocument doc) {

    /** The document column of the exports: the source file name as recorded, else the result's name. */
    public String documentName() {
        return doc.source() != null && doc.source().file() != null ? doc.source().file() : name;
    }

    public DocumentInfo info() {
        return doc.document() == null ? DocumentInfo.unknown() : doc.document();
    }

    public String entity() { return info().entity(); }

    public Integer year() { return info().fiscalYear(); }

    public String kind() { return info().kind() == null ? null : info().kind().id(); }
}
