package org.fiscallens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The input named {@code -}: standard input, a PDF or (for check) a JSON model, read once into a temporary file. */
final class Stdin {
    static final String NAME = "-";

    /** Where tests put what standard input holds; null reads System.in. */
    static volatile InputStream source;

    private Stdin() {}

    static boolean is(Path p) { return p != null && p.toString().equals(NAME); }

    /**
     * Standard input copied into a temporary file ending in .pdf or .json by its first byte ('{' or '[' JSON, read as a model,
     * anything else a PDF, refused later if it is not one); deleted at exit.
     */
    static Path copy() throws IOException {
        byte[] bytes = (source != null ? source : System.in).readAllBytes();
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) i = 3;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        boolean json = i < bytes.length && (bytes[i] == '{' || bytes[i] == '[');
        Path dir = Files.createTempDirectory("fiscal-stdin");
        // deleteOnExit removes in reverse order of registration: the folder is registered first so that it goes after its file
        dir.toFile().deleteOnExit();
        Path f = dir.resolve(json ? "stdin.json" : "stdin.pdf");
        f.toFile().deleteOnExit();
        Files.write(f, bytes);
        return f;
    }

    /**
     * Splits the inputs: {@code -} is copied from standard input into {@code files} (and recorded in
     * {@code fromStdin}), every other input goes to {@code named}. False, with the reason printed, when standard
     * input cannot be read.
     */
    static boolean split(java.util.List<Path> inputs, java.util.List<Path> files, java.util.Set<Path> fromStdin,
                         java.util.List<Path> named, java.io.PrintWriter err) {
        for (Path in : inputs) {
            if (!is(in)) {
                named.add(in);
                continue;
            }
            try {
                Path copy = copy();
                files.add(copy);
                fromStdin.add(copy);
            } catch (IOException e) {
                err.println("fiscal: -: cannot read standard input: " + e.getMessage());
                return false;
            }
        }
        return true;
    }

    static InputStream stream() { return source != null ? source : System.in; }
}
