package org.fiscallens.spark;

import org.fiscallens.batch.BatchInput;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One PDF of the job: its location on a Hadoop file system and the name of its result, as {@code fiscal batch}
 * names it ({@code <relative without .pdf>.json} below the JSON folder).
 *
 * @param uri      the file, fully qualified ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param relative its path below the input folder it was found in, or its file name, with '/' separators
 */
public record InputFile(String uri, String relative) implements Serializable {

    /** The result's path below the JSON folder: the same rule as {@code fiscal batch}. */
    public String resultName() {
        return new BatchInput(Path.of("unused"), relative).resultName();
    }

    /** The file name (the last part of the path): the extractor records it as {@code source.file}. */
    public String fileName() {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }
}
