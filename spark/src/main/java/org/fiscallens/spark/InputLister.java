package org.fiscallens.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Expands the job's inputs on the driver, by listing only (no file is read): a file stands for itself, a folder
 * for every *.pdf under it (recursively, hidden entries skipped as batch skips them), a pattern ({@code * ? [ {}}) for the files it
 * matches, and {@code @LIST} for the paths listed in the file LIST (one a line, on any file system; blank lines
 * and lines starting with # skipped), each expanded the same way. Results are named as {@code fiscal batch}
 * names them: below a folder by the path relative to it, a file named directly by its file name; an input
 * whose result name another input already has is left out with a problem line.
 */
public final class InputLister {

    /** The files found and one line per input that named nothing or could not be used. */
    public record Result(List<InputFile> inputs, List<String> problems) {}

    private InputLister() {}

    public static Result list(List<String> args, Configuration conf) {
        Map<String, InputFile> byUri = new LinkedHashMap<>();
        Map<String, String> byResult = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@")) {
                try {
                    expanded.addAll(readList(arg.substring(1), conf));
                } catch (IOException e) {
                    problems.add(arg + ": cannot read the list: " + e.getMessage());
                }
            } else {
                expanded.add(arg);
            }
        }
        for (String arg : expanded) {
            List<InputFile> found = new ArrayList<>();
            try {
                expand(arg, conf, found, problems);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(arg + ": cannot list: " + e.getMessage());
            }
            for (InputFile in : found) {
                if (byUri.containsKey(in.uri())) continue;
                String other = byResult.putIfAbsent(in.resultName(), in.uri());
                if (other != null) {
                    problems.add(in.uri() + ": its result name " + in.resultName() + " is taken by " + other + " (skipped)");
                    continue;
                }
                byUri.put(in.uri(), in);
            }
        }
        return new Result(List.copyOf(byUri.values()), problems);
    }

    private static List<String> readList(String list, Configuration conf) throws IOException {
        Path p = new Path(list);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getFileSystem(conf).open(p), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
        }
        return out;
    }

    private static void expand(String arg, Configuration conf, List<InputFile> out, List<String> problems) throws IOException {
        Path p = new Path(arg);
        FileSystem fs = p.getFileSystem(conf);
        p = fs.makeQualified(p);
        if (isPattern(arg)) {
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                problems.add(arg + ": matches no file");
                return;
            }
            for (FileStatus s : matches) {
                if (s.isDirectory()) walk(fs, s.getPath(), out);
                else out.add(new InputFile(s.getPath().toString(), s.getPath().getName()));
            }
            return;
        }
        FileStatus st;
        try {
            st = fs.getFileStatus(p);
        } catch (java.io.FileNotFoundException e) {
            problems.add(arg + ": file not found");
            return;
        }
        if (st.isDirectory()) walk(fs, st.getPath(), out);
        else out.add(new InputFile(st.getPath().toString(), st.getPath().getName()));
    }

    private static void walk(FileSystem fs, Path root, List<InputFile> out) throws IOException {
        String base = root.toUri().getPath();
        if (!base.endsWith("/")) base += "/";
        List<InputFile> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            String path = s.getPath().toUri().getPath();
            if (!path.startsWith(base)) continue;
            String rel = path.substring(base.length());
            if (hidden(rel) || !rel.toLowerCase(Locale.ROOT).endsWith(".pdf")) continue;
            found.add(new InputFile(s.getPath().toString(), rel));
        }
        found.sort(java.util.Comparator.comparing(InputFile::relative));
        out.addAll(found);
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    static boolean isPattern(String s) {
        for (int i = 0; i < s.length(); i++) if ("*?[{".indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }
}
