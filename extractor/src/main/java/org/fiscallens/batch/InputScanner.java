package org.fiscallens.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands command-line inputs into files: a file stands for itself, a directory for every *.pdf under it
 * (recursively, hidden folders skipped), and a pattern with {@code * ? [ {} } (when the shell did not expand
 * it) for the files it matches under its longest literal prefix ({@code **} crosses folders).
 */
public final class InputScanner {

    /** The files found and the inputs that named nothing. */
    public record Result(List<BatchInput> inputs, List<String> problems) {}

    private InputScanner() {}

    public static Result scan(List<String> args) {
        Map<Path, BatchInput> byFile = new LinkedHashMap<>();
        Map<String, Path> byResult = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            List<BatchInput> found = new ArrayList<>();
            try {
                expand(arg, found, problems);
            } catch (IOException e) {
                problems.add(arg + ": cannot list: " + e.getMessage());
            }
            for (BatchInput in : found) {
                Path key = in.file().toAbsolutePath().normalize();
                if (byFile.containsKey(key)) continue;
                Path other = byResult.putIfAbsent(in.resultName(), key);
                if (other != null) {
                    problems.add(in.file() + ": its result name " + in.resultName() + " is taken by " + other + " (skipped)");
                    continue;
                }
                byFile.put(key, in);
            }
        }
        return new Result(List.copyOf(byFile.values()), problems);
    }

    private static void expand(String arg, List<BatchInput> out, List<String> problems) throws IOException {
        Path p = Paths.get(arg);
        if (Files.isDirectory(p)) {
            int before = out.size();
            walk(p, p, null, out);
            if (out.size() == before) problems.add(arg + ": no PDF file in this folder (nor in its subfolders)");
        } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
            // a special file (pipe, device) or a broken link is an input the reader refuses with its reason
            out.add(new BatchInput(p, p.getFileName().toString()));
        } else if (isPattern(arg)) {
            int cut = firstWildcard(arg);
            int slash = arg.lastIndexOf('/', cut);
            Path base = slash < 0 ? Paths.get(".") : Paths.get(slash == 0 ? "/" : arg.substring(0, slash));
            String pattern = arg.substring(slash + 1);
            if (!Files.isDirectory(base)) {
                problems.add(arg + ": no such folder " + base);
                return;
            }
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            int before = out.size();
            walk(base, base, m, out);
            if (out.size() == before) problems.add(arg + ": matches no file");
        } else if (arg.indexOf('\uFFFD') >= 0) {
            problems.add(arg + ": file not found: its name is not valid UTF-8 (rename the file, or give the folder it is in)");
        } else {
            problems.add(arg + ": file not found");
        }
    }

    private static void walk(Path root, Path dir, PathMatcher matcher, List<BatchInput> out) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(f -> !hiddenBelow(root, f))
                    .filter(f -> matcher == null
                            ? f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                            : matcher.matches(root.relativize(f)))
                    .sorted()
                    .forEach(f -> out.add(new BatchInput(f, root.relativize(f).toString().replace('\\', '/'))));
        }
    }

    private static boolean hiddenBelow(Path root, Path f) {
        for (Path part : root.relativize(f)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static boolean isPattern(String s) {
        return firstWildcard(s) >= 0;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) if ("*?[{".indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }
}
