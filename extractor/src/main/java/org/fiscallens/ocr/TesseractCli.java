package org.fiscallens.ocr;

import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.fiscallens.layout.Regexes;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract run directly for word-level TSV output with options Tika does not pass on (a character
 * whitelist): the image goes in on stdin, the words with boxes and confidences come back on stdout.
 */
public final class TesseractCli {
    /** A recognised word: text, box in image pixels, confidence 0–100. */
    public record Word(String text, int left, int top, int width, int height, double confidence) {}

    /** The words of one line joined, with the lowest word confidence. */
    public record Line(String text, double confidence) {}

    private static volatile Boolean available;

    private TesseractCli() {}

    /** Whether the tesseract program can be started (asked once per JVM). */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            try {
                Process p = new ProcessBuilder(TesseractOCRParser.getTesseractProg(), "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                a = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                a = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                a = false;
            }
            available = a;
        }
        return a;
    }

    /**
     * @param psm       Tesseract's page segmentation mode (6 = one block of lines, 7 = one line)
     * @param whitelist the only characters to recognise, or null for all
     */
    public static List<Word> words(BufferedImage image, int dpi, String languages, int psm, String whitelist) throws IOException {
        List<String> args = new ArrayList<>(List.of("-l", languages, "--psm", Integer.toString(psm), "--dpi", Integer.toString(dpi)));
        if (whitelist != null) { args.add("-c"); args.add("tessedit_char_whitelist=" + whitelist); }
        args.add("tsv");
        return parse(run(image, args));
    }

    /**
     * Tesseract's orientation and script detection (--psm 0): the clockwise turn (0, 90, 180, 270) that makes the
     * text upright, or -1 when it cannot tell.
     */
    public static int orientation(BufferedImage image, int dpi) throws IOException {
        String out = run(image, List.of("--psm", "0", "--dpi", Integer.toString(dpi)));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Rotate:\\s*(\\d+)").matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) % 360 : -1;
    }

    /** Runs tesseract on the image (PNG on stdin) with the arguments; returns its standard output. */
    private static String run(BufferedImage image, List<String> args) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        List<String> cmd = new ArrayList<>(List.of(TesseractOCRParser.getTesseractProg(), "stdin", "stdout"));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) { png.writeTo(in); } catch (IOException ignored) { }
        }, "tesseract-stdin");
        feeder.setDaemon(true);
        feeder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) { p.destroyForcibly(); throw new IOException("tesseract timed out"); }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (p.exitValue() != 0) throw new IOException("tesseract failed (exit " + p.exitValue() + ")");
        return out;
    }

    /** TSV rows of level 5 (words). */
    static List<Word> parse(String tsv) {
        List<Word> out = new ArrayList<>();
        for (String row : Regexes.split(tsv, "\\R")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) continue;
            String text = f[11].strip();
            if (text.isEmpty()) continue;
            try {
                out.add(new Word(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Double.parseDouble(f[10])));
            } catch (NumberFormatException ignored) { }
        }
        return out;
    }

    /** Words of one reading in Tesseract's order (lines top to bottom, words left to right), joined with a space only between Latin words. */
    static Line join(List<Word> words) {
        if (words.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        double conf = 100;
        for (Word w : words) {
            if (sb.length() > 0 && org.fiscallens.layout.Chars.needsSpace(sb.toString(), w.text())) sb.append(' ');
            sb.append(w.text());
            conf = Math.min(conf, w.confidence());
        }
        return new Line(OcrText.normalise(sb.toString()), conf);
    }
}
