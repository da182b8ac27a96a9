package org.fiscallens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Damaged and crafted inputs, made from real PDFs or from scratch, each reproducible from its seed: what an archive
 * of broken downloads or an attacker gives a reader. Each case belongs to a class (the fuzz report counts outcomes
 * per class) and has a kind (what exactly was done).
 *
 * <ul>
 * <li>{@code byte-flips}: bytes of a real PDF replaced at random places;</li>
 * <li>{@code truncation}: a real PDF cut short (with or without an end marker appended);</li>
 * <li>{@code xref-trailer}: its cross-reference offset, table or trailer broken;</li>
 * <li>{@code streams}: its stream lengths or compressed stream data broken, object streams included;</li>
 * <li>{@code page-tree}: page trees that contain themselves, pages of the wrong type, counts that lie, missing
 * pages, deep nesting, a form that draws itself;</li>
 * <li>{@code bombs}: content streams, font programs and ToUnicode maps that inflate to hundreds of megabytes, a
 * 100,000 × 100,000 image on a scanned page;</li>
 * <li>{@code huge-pages}: 200,000 characters on a page, 40,000 scattered glyphs, 300,000 line segments;</li>
 * <li>{@code many-pages}: 20,000 pages, or 3,000 pages of text;</li>
 * <li>{@code odd-files}: empty, a header only, random bytes, HTML, a folder named x.pdf, an empty folder, a named pipe,
 * a link to /dev/zero.</li>
 * </ul>
 */
public final class HostileCases {
    public static final List<String> CLASSES = List.of("byte-flips", "truncation", "xref-trailer", "streams", "page-tree",
            "bombs", "huge-pages", "many-pages", "odd-files");

    /** One generated case: its class, kind and the path made (a file, folder, pipe or link). */
    public record Case(String cls, String kind, Path path) {}

    private final List<Path> sources;

    /** @param sources real PDFs the damaged cases are made from (sorted, so a seed names the same case everywhere) */
    public HostileCases(List<Path> sources) {
        this.sources = sources.stream().sorted().toList();
    }

    /**
     * Makes case number {@code index} of the run with this seed in {@code dir}: its class is {@code index} modulo
     * the classes (every class equally often), everything else follows from (seed, index).
     */
    public Case make(long seed, int index, Path dir) throws IOException {
        String cls = CLASSES.get(Math.floorMod(index, CLASSES.size()));
        return make(cls, new Random(mix(seed, index)), dir, String.format(Locale.ROOT, "case-%05d", index));
    }

    /**
     * A well-spread seed for case {@code index} (the SplitMix64 finaliser): java.util.Random's first values for
     * neighbouring seeds are alike, which made most cases of a class the same kind.
     */
    static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Makes one case of the class in {@code dir}, named {@code name}-kind, of a kind the random source picks. */
    public Case make(String cls, Random r, Path dir, String name) throws IOException {
        return make(cls, r.nextInt(kinds(cls)), r, dir, name);
    }

    /** How many kinds of case the class has. */
    public static int kinds(String cls) {
        return switch (cls) {
            case "byte-flips" -> 2;
            case "truncation" -> 2;
            case "xref-trailer" -> 5;
            case "streams" -> 3;
            case "page-tree" -> 7;
            case "bombs" -> 4;
            case "huge-pages" -> 3;
            case "many-pages" -> 4;
            case "odd-files" -> 8;
            default -> throw new IllegalArgumentException("unknown class " + cls);
        };
    }

    /** Makes the case of the class and kind (0 ≤ kind &lt; {@link #kinds}) in {@code dir}, named {@code name}-kind. */
    public Case make(String cls, int kind, Random r, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        return switch (cls) {
            case "byte-flips" -> flips(kind, r, dir, name);
            case "truncation" -> truncation(kind, r, dir, name);
            case "xref-trailer" -> xrefTrailer(kind, r, dir, name);
            case "streams" -> streams(kind, r, dir, name);
            case "page-tree" -> pageTree(kind, r, dir, name);
            case "bombs" -> bombs(kind, r, dir, name);
            case "huge-pages" -> hugePages(kind, r, dir, name);
            case "many-pages" -> manyPages(kind, r, dir, name);
            case "odd-files" -> odd(kind, r, dir, name);
            default -> throw new IllegalArgumentException("unknown class " + cls);
        };
    }

    private byte[] source(Random r) throws IOException {
        if (sources.isEmpty()) throw new IOException("no source PDF for damaged cases");
        return Files.readAllBytes(sources.get(r.nextInt(sources.size())));
    }

    private static Case write(String cls, String kind, Path dir, String name, byte[] data) throws IOException {
        Path p = dir.resolve(name + "-" + kind + ".pdf");
        Files.write(p, data);
        return new Case(cls, kind, p);
    }

    // ---- damaged real files

    private Case flips(int kind, Random r, Path dir, String name) throws IOException {
        byte[] b = source(r);
        int n = 1 + r.nextInt(kind == 0 ? 8 : 200);
        for (int i = 0; i < n; i++) {
            int at = 16 + r.nextInt(Math.max(1, b.length - 16));
            b[at] = (byte) r.nextInt(256);
        }
        return write("byte-flips", "flip" + n, dir, name, b);
    }

    private Case truncation(int kind, Random r, Path dir, String name) throws IOException {
        byte[] b = source(r);
        int cut = 64 + r.nextInt(Math.max(1, b.length - 64));
        byte[] t = Arrays.copyOf(b, cut);
        if (kind == 0) return write("truncation", "cut", dir, name, t);
        // an end marker appended: the reader cannot tell the cut by the tail and must rebuild what it can
        byte[] m = Arrays.copyOf(t, t.length + 7);
        System.arraycopy("\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1), 0, m, t.length, 7);
        return write("truncation", "cut-eof", dir, name, m);
    }

    private Case xrefTrailer(int kind, Random r, Path dir, String name) throws IOException {
        byte[] b = source(r);
        String s = new String(b, StandardCharsets.ISO_8859_1);
        switch (kind) {
            case 0 -> { // startxref pointing elsewhere
                int at = s.lastIndexOf("startxref");
                if (at >= 0) s = s.substring(0, at) + "startxref\n" + r.nextInt(Math.max(1, b.length)) + "\n%%EOF\n";
            }
            case 1 -> { // table entries garbled
                int at = s.lastIndexOf("xref\n");
                if (at < 0) at = s.lastIndexOf("xref\r");
                if (at >= 0) {
                    char[] c = s.toCharArray();
                    for (int i = 0; i < 40; i++) {
                        int k = at + 5 + r.nextInt(Math.max(1, Math.min(4000, c.length - at - 5)));
                        if (k < c.length && Character.isDigit(c[k])) c[k] = (char) ('0' + r.nextInt(10));
                    }
                    s = new String(c);
                }
            }
            case 2 -> s = s.replace("/Root", "/Rooo"); // no catalog
            case 3 -> s = s.replace("/Size", "/Size -1 /Sizf"); // a trailer that lies about its size
            default -> { // the trailer's catalog reference pointing at another object
                s = s.replaceFirst("/Root\\s+\\d+\\s+0\\s+R", "/Root " + (1 + r.nextInt(50)) + " 0 R");
            }
        }
        return write("xref-trailer", new String[]{"startxref", "xref-table", "no-root", "size", "root-ref"}[kind], dir, name,
                s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Case streams(int kindNo, Random r, Path dir, String name) throws IOException {
        byte[] b = source(r);
        String s = new String(b, StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        for (int i = s.indexOf("stream\n"); i >= 0; i = s.indexOf("stream\n", i + 7)) {
            if (i < 3 || s.charAt(i - 1) != 'd' || s.charAt(i - 2) != 'n') starts.add(i + 7); // not "endstream"
        }
        boolean objStm = kindNo == 2 && s.contains("/ObjStm");
        if (objStm) {
            starts.clear();
            for (int i = s.indexOf("/ObjStm"); i >= 0; i = s.indexOf("/ObjStm", i + 7)) {
                int st = s.indexOf("stream", i);
                if (st >= 0) starts.add(st + 7);
            }
        }
        String kind;
        if (kindNo == 0) {
            kind = "length";
            s = s.replaceAll("/Length (\\d+)", "/Length " + r.nextInt(100_000));
        } else {
            kind = objStm ? "objstm" : "data";
            int hits = Math.min(starts.size(), 1 + r.nextInt(6));
            for (int h = 0; h < hits; h++) {
                int at = starts.get(r.nextInt(starts.size()));
                for (int k = 0; k < 12; k++) {
                    int i = at + r.nextInt(64);
                    if (i < b.length) b[i] = (byte) r.nextInt(256);
                }
            }
            s = new String(b, StandardCharsets.ISO_8859_1);
        }
        return write("streams", kind, dir, name, s.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---- crafted structures

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

    /** A catalog, a page tree of the given pages and one font; returns the page-tree's object number. */
    private static byte[] onePage(String content, String extraResources) throws IOException {
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
                + extraResources + " >> >>");
        pdf.add(RawPdf.stream("/Filter /FlateDecode", RawPdf.deflate(content.getBytes(StandardCharsets.ISO_8859_1))));
        pdf.add(FONT);
        return pdf.bytes();
    }

    private Case pageTree(int kind, Random r, Path dir, String name) throws IOException {
        RawPdf pdf = new RawPdf();
        String text = "BT /F1 12 Tf 72 720 Td (Budget 2024 page) Tj ET";
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        String[] kinds = {"cycle", "self-parent", "wrong-type", "negative-count", "missing-page", "deep-nesting", "form-recursion"};
        switch (kind) {
            case 0 -> { // a page tree that contains itself
                pdf.add("<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>");
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
            }
            case 1 -> { // an intermediate node whose kid is its parent
                pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 3 >>");
                pdf.add("<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 2 >>");
            }
            case 2 -> { // a page of the wrong type
                pdf.add("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>");
                pdf.add("<< /Type /PagR /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
            }
            case 3 -> { // a count that lies
                pdf.add("<< /Type /Pages /Kids [3 0 R] /Count -1 >>");
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
            }
            case 4 -> { // a page that is not in the file
                pdf.add("<< /Type /Pages /Kids [3 0 R 99 0 R] /Count 2 >>");
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
            }
            case 5 -> { // nesting deeper than any parser's stack
                int depth = 20_000 + r.nextInt(80_000);
                pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Deep "
                        + "[".repeat(depth) + "]".repeat(depth) + " >>");
            }
            default -> { // a form XObject that draws itself
                pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>");
                text = text + " /X Do";
            }
        }
        pdf.add(RawPdf.stream("", text.getBytes(StandardCharsets.ISO_8859_1)));
        pdf.add(FONT);
        if (kind == 6) {
            pdf.add(RawPdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >>",
                    "BT /F1 12 Tf 72 700 Td (form) Tj ET /X Do".getBytes(StandardCharsets.ISO_8859_1)));
        } else {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        }
        return write("page-tree", kinds[kind], dir, name, pdf.bytes());
    }

    private Case bombs(int kind, Random r, Path dir, String name) throws IOException {
        long size = (72L + r.nextInt(128)) << 20; // 72–200 MB inflated: past the page-bytes and font-bytes limits
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>");
        String kindName;
        switch (kind) {
            case 0 -> { // a content stream of spaces
                kindName = "content";
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
                pdf.add(RawPdf.stream("/Filter /FlateDecode", RawPdf.deflatedRepeat((byte) ' ', size)));
                pdf.add(FONT);
            }
            case 1 -> { // a TrueType font program
                kindName = "font";
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
                pdf.add(RawPdf.stream("", "BT /F1 12 Tf 72 720 Td (Budget) Tj ET".getBytes(StandardCharsets.ISO_8859_1)));
                pdf.add("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /FontDescriptor 7 0 R >>");
            }
            case 2 -> { // a ToUnicode map
                kindName = "tounicode";
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
                pdf.add(RawPdf.stream("", "BT /F1 12 Tf 72 720 Td (Budget) Tj ET".getBytes(StandardCharsets.ISO_8859_1)));
                pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R >>");
            }
            default -> { // a scanned page of 100,000 × 100,000 pixels
                kindName = "image";
                pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im 5 0 R >> >> >>");
                pdf.add(RawPdf.stream("", "q 595 0 0 842 0 0 cm /Im Do Q".getBytes(StandardCharsets.ISO_8859_1)));
                pdf.add(RawPdf.stream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray "
                        + "/BitsPerComponent 1 /Filter /FlateDecode", RawPdf.deflatedRepeat((byte) 0, 1L << 20)));
            }
        }
        // a second, ordinary page: the rest of the document is still read
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R /Resources << /Font << /F1 9 0 R >> >> >>");
        if (kind == 1) {
            pdf.add("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 "
                    + "/Descent -200 /CapHeight 700 /StemV 80 /FontFile2 10 0 R >>");
        } else if (kind == 2) {
            pdf.add(RawPdf.stream("/Filter /FlateDecode", RawPdf.deflatedRepeat((byte) ' ', size)));
        } else {
            pdf.add("<< /Placeholder true >>");
        }
        pdf.add(RawPdf.stream("", "BT /F1 12 Tf 72 720 Td (The second page is read.) Tj ET".getBytes(StandardCharsets.ISO_8859_1)));
        pdf.add(FONT);
        if (kind == 1) pdf.add(RawPdf.stream("/Filter /FlateDecode", RawPdf.deflatedRepeat((byte) 0, size)));
        return write("bombs", kindName, dir, name, pdf.bytes());
    }

    private Case hugePages(int kind, Random r, Path dir, String name) throws IOException {
        StringBuilder c = new StringBuilder();
        String kindName;
        if (kind == 0) { // 200,000 characters in lines of 100
            kindName = "chars200k";
            c.append("BT /F1 4 Tf 5 TL 10 835 Td\n");
            for (int line = 0; line < 2000; line++) {
                c.append('(');
                for (int k = 0; k < 100; k++) c.append((char) ('a' + r.nextInt(26)));
                c.append(") '\n");
            }
            c.append("ET");
        } else if (kind == 1) { // glyphs scattered over the page
            int n = 20_000 + r.nextInt(30_000);
            kindName = "scattered" + n / 1000 + "k";
            c.append("BT /F1 6 Tf\n");
            for (int k = 0; k < n; k++) {
                c.append("1 0 0 1 ").append(r.nextInt(590)).append(' ').append(r.nextInt(840)).append(" Tm (")
                        .append((char) ('0' + r.nextInt(10))).append(") Tj\n");
            }
            c.append("ET");
        } else { // line segments
            kindName = "paths300k";
            for (int k = 0; k < 300_000; k++) {
                int x = r.nextInt(590), y = r.nextInt(840);
                c.append(x).append(' ').append(y).append(" m ").append(x + 5).append(' ').append(y).append(" l S\n");
            }
        }
        return write("huge-pages", kindName, dir, name, onePage(c.toString(), ""));
    }

    private Case manyPages(int kind, Random r, Path dir, String name) throws IOException {
        boolean over = kind != 0;
        int n = over ? 20_000 + r.nextInt(100_000) : 3_000;
        RawPdf pdf = new RawPdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < n; i++) kids.append(5 + i).append(" 0 R ");
        pdf.add("<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>");
        pdf.add(RawPdf.stream("", ("BT /F1 12 Tf 72 720 Td (Department budget, the page of an endless report.) Tj "
                + "0 -20 Td (Expenditure 1,234.56 thousand yuan, up 5.6 percent.) Tj ET").getBytes(StandardCharsets.ISO_8859_1)));
        pdf.add(FONT);
        for (int i = 0; i < n; i++) {
            pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>");
        }
        return write("many-pages", over ? "pages" + n / 1000 + "k" : "pages3000", dir, name, pdf.bytes());
    }

    private Case odd(int kind, Random r, Path dir, String name) throws IOException {
        switch (kind) {
            case 0 -> { return write("odd-files", "empty", dir, name, new byte[0]); }
            case 1 -> { return write("odd-files", "header-only", dir, name, "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)); }
            case 2 -> {
                byte[] b = new byte[1000 + r.nextInt(200_000)];
                r.nextBytes(b);
                byte[] h = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), e = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(h, 0, b, 0, h.length);
                System.arraycopy(e, 0, b, b.length - e.length, e.length);
                return write("odd-files", "random", dir, name, b);
            }
            case 3 -> { return write("odd-files", "html", dir, name, "<!DOCTYPE html><html><body>404 Not Found</body></html>\n".getBytes(StandardCharsets.UTF_8)); }
            case 4 -> {
                Path d = Files.createDirectories(dir.resolve(name + "-folder.pdf"));
                return new Case("odd-files", "folder", d);
            }
            case 5 -> {
                Path d = Files.createDirectories(dir.resolve(name + "-empty-folder"));
                return new Case("odd-files", "empty-folder", d);
            }
            case 6 -> {
                Path p = dir.resolve(name + "-fifo.pdf");
                try {
                    Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
                    if (mk.waitFor() == 0) return new Case("odd-files", "fifo", p);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return write("odd-files", "empty", dir, name, new byte[0]);
            }
            default -> {
                Path p = dir.resolve(name + "-devzero.pdf");
                Path zero = Path.of("/dev/zero");
                if (Files.exists(zero)) return new Case("odd-files", "dev-zero", Files.createSymbolicLink(p, zero));
                return write("odd-files", "empty", dir, name, new byte[0]);
            }
        }
    }
}
