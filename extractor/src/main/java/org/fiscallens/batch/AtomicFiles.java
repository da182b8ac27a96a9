package org.fiscallens.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Writes files through a temporary file in the same folder and a rename, so that a reader (or a rerun
 * after a kill) sees either the whole previous content, the whole new content, or nothing.
 */
public final class AtomicFiles {
    /** Prefix and suffix of the temporary files; a killed run may leave some, and {@link #removeStaleTemps} clears them. */
    static final String TEMP_PREFIX = ".fiscal-", TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** What writes a file's content to a stream. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** As {@link #write(Path, byte[])}, the content written by {@code content} straight into the temporary file. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = temporaryBeside(dir, TEMP_SUFFIX);
        try {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new temporary file in {@code dir} (named {@code .fiscal-…suffix}) to be renamed onto a result: readable by
     * all as an ordinary file of the output folder, not private as a temporary file is made.
     */
    public static Path temporaryBeside(Path dir, String suffix) throws IOException {
        Path tmp = Files.createTempFile(dir, TEMP_PREFIX, suffix);
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return tmp;
    }

    /** Deletes temporary files left under {@code dir} by a run that was killed while writing; returns how many. */
    public static int removeStaleTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        }
        return n;
    }
}
