package org.fiscallens.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one document may make the reader do: limits by design, so that no file, however made, can make reading
 * take unbounded memory or time. The defaults are generous: several times the largest figure measured over the
 * real corpus (154 reports of corpus/real and corpus/more: at most 187 pages, 0.9 MB of decoded content and 11,052
 * glyphs on a page, a 4.4 MB font program, a 25 KB ToUnicode map, a 6.8 megapixel scan). Each is settable with {@code --limit NAME=N} on the command line or the system property
 * {@code fiscal.limit.NAME}; a refusal names the limit and how to raise it.
 *
 * @param pages           pages per document (more: the document is refused)
 * @param pageBytes       bytes of decoded content streams of one page, its form XObjects included (more: the page is skipped)
 * @param fontBytes       bytes of one decoded font program, ToUnicode or encoding CMap (more: the page that uses it is skipped)
 * @param pageGlyphs      characters drawn on one page (more: the page is skipped)
 * @param pagePaths       line segments and rectangles drawn on one page (more: the page is skipped)
 * @param imagePixels     pixels of one image decoded to read a scanned page by OCR (more: the page is not OCR'd, and skipped)
 */
public record Limits(long pages, long pageBytes, long fontBytes, long pageGlyphs, long pagePaths, long imagePixels) {

    public static final String PROPERTY_PREFIX = "fiscal.limit.";

    public static final Limits DEFAULTS = new Limits(10_000, 32L << 20, 64L << 20, 50_000, 200_000, 100_000_000L);

    /** The limits' names, as {@code --limit NAME=N} and {@code fiscal.limit.NAME} know them. */
    public static List<String> names() {
        return List.of("pages", "page-bytes", "font-bytes", "page-glyphs", "page-paths", "image-pixels");
    }

    /** The defaults, each replaced by its system property {@code fiscal.limit.NAME} where that is set. */
    public static Limits current() {
        Map<String, Long> v = DEFAULTS.asMap();
        for (String n : names()) {
            String s = System.getProperty(PROPERTY_PREFIX + n);
            if (s != null) v.put(n, parse(n, s));
        }
        return new Limits(v.get("pages"), v.get("page-bytes"), v.get("font-bytes"), v.get("page-glyphs"),
                v.get("page-paths"), v.get("image-pixels"));
    }

    /** The values by name. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("page-bytes", pageBytes);
        m.put("font-bytes", fontBytes);
        m.put("page-glyphs", pageGlyphs);
        m.put("page-paths", pagePaths);
        m.put("image-pixels", imagePixels);
        return m;
    }

    /**
     * Applies one {@code NAME=N} setting to this JVM (a system property; worker JVMs get it as a -D option).
     * N may carry k, m or g (×1024) for byte limits, or be a plain number.
     *
     * @throws IllegalArgumentException with a message for the user when the setting is not understood
     */
    public static String apply(String setting) {
        int eq = setting.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("--limit takes NAME=N, e.g. --limit pages=20000 (names: " + String.join(", ", names()) + ")");
        String name = setting.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        if (!names().contains(name)) throw new IllegalArgumentException("unknown limit '" + name + "' (names: " + String.join(", ", names()) + ")");
        long value = parse(name, setting.substring(eq + 1).trim());
        System.setProperty(PROPERTY_PREFIX + name, Long.toString(value));
        return "-D" + PROPERTY_PREFIX + name + "=" + value;
    }

    /** The -D options that carry this JVM's limit settings to a worker JVM. */
    public static List<String> jvmOptions() {
        List<String> out = new java.util.ArrayList<>();
        for (String n : names()) {
            String s = System.getProperty(PROPERTY_PREFIX + n);
            if (s != null) out.add("-D" + PROPERTY_PREFIX + n + "=" + s);
        }
        return out;
    }

    private static long parse(String name, String s) {
        String t = s.toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
        long mult = 1;
        if (t.endsWith("k")) mult = 1L << 10;
        else if (t.endsWith("m")) mult = 1L << 20;
        else if (t.endsWith("g")) mult = 1L << 30;
        if (mult > 1) t = t.substring(0, t.length() - 1);
        try {
            long v = Long.parseLong(t) * mult;
            if (v <= 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit " + name + " must be a positive number, not '" + s + "'");
        }
    }

    /**
     * The refusal for a limit crossed: what was found, the limit and how to raise it, e.g. "the document has 96,201
     * pages (limit pages: 10,000; raise it with --limit pages=N)".
     *
     * @param found what was found, in words (use {@link #amount} for the figures)
     */
    public static LimitExceededException exceeded(String name, String found, long limit) {
        return new LimitExceededException(name, String.format(Locale.ROOT, "%s (limit %s: %s; raise it with --limit %s=N)",
                found, name, amount(name, limit), name));
    }

    /** A figure as the user reads it: bytes in MB, counts with thousands separators. */
    public static String amount(String name, long v) {
        if (name.endsWith("bytes")) {
            return v >= (1L << 20) ? String.format(Locale.ROOT, "%,.1f MB", v / 1048576.0) : String.format(Locale.ROOT, "%,d bytes", v);
        }
        return String.format(Locale.ROOT, "%,d", v);
    }
}
