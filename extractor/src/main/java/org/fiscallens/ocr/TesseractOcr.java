package org.fiscallens.ocr;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.fiscallens.layout.Chars;
import org.fiscallens.layout.Glyph;
import org.fiscallens.layout.Regexes;
import org.fiscallens.model.Box;
import org.xml.sax.SAXException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCR through Tesseract, driven by Apache Tika's {@link TesseractOCRParser} with hOCR output: every
 * recognised word comes with its pixel box, split evenly into one glyph per character.
 */
public final class TesseractOcr implements PageOcr {
    /** An hOCR line or word element with its box (and a word's confidence and text). */
    private static final Pattern ELEMENT = Pattern.compile(
            "class=['\"](ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)['\"][^>]*?title=['\"]bbox (\\d+) (\\d+) (\\d+) (\\d+)(?:; x_wconf (\\d+))?[^'\"]*['\"][^>]*>((?:(?!</span>|class=).)*)", Pattern.DOTALL);
    /** Words recognised with less confidence than this (0–100) are dropped as noise; Tesseract often gives correct Chinese words low confidence (普陀 at 19), so the bar is low. */
    private static final int MIN_CONFIDENCE = 5;

    private final TesseractOCRParser parser;
    private final String languages;

    private TesseractOcr(TesseractOCRParser parser, String languages) {
        this.parser = parser;
        this.languages = languages;
    }

    private static volatile Optional<PageOcr> detected;

    /**
     * Tesseract with Simplified Chinese, or empty when it is not installed. Probed once per JVM (the probe
     * starts a tesseract process), however many extractors are made.
     */
    public static Optional<PageOcr> detect() {
        Optional<PageOcr> d = detected;
        if (d == null) {
            synchronized (TesseractOcr.class) {
                if (detected == null) detected = probe();
                d = detected;
            }
        }
        return d;
    }

    /**
     * Tesseract as found when a page first needs it: documents with a text layer never pay for the probe
     * (a process start, about a quarter of a second of a cold run).
     */
    public static PageOcr lazy() {
        return new PageOcr() {
            @Override
            public List<Glyph> recognise(BufferedImage image, double pointsPerPixel) throws IOException {
                Optional<PageOcr> engine = detect();
                if (engine.isEmpty()) throw new IOException("Tesseract with chi_sim is not installed");
                return engine.get().recognise(image, pointsPerPixel);
            }

            @Override
            public List<Glyph> recogniseUpright(BufferedImage image, double pointsPerPixel) throws IOException {
                Optional<PageOcr> engine = detect();
                if (engine.isEmpty()) throw new IOException("Tesseract with chi_sim is not installed");
                return engine.get().recogniseUpright(image, pointsPerPixel);
            }

            @Override
            public int dpi() {
                return detect().map(PageOcr::dpi).orElse(200);
            }

            @Override
            public boolean available() {
                return detect().isPresent();
            }
        };
    }

    private static Optional<PageOcr> probe() {
        try {
            org.fiscallens.pipeline.LibraryLogging.julLevels(); // Tika logs through java.util.logging
            TesseractOCRParser p = new TesseractOCRParser();
            p.initialize(Map.of());
            if (!p.hasTesseract()) return Optional.empty();
            java.util.Set<String> langs = installedLanguages();
            if (!langs.contains("chi_sim")) return Optional.empty();
            // Chinese only: with eng added, Tesseract turns unclear Chinese into Latin garbage; chi_sim reads digits and %.
            return Optional.of(new TesseractOcr(p, "chi_sim"));
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The language packs `tesseract --list-langs` reports. */
    private static java.util.Set<String> installedLanguages() throws IOException, InterruptedException {
        Process proc = new ProcessBuilder(TesseractOCRParser.getTesseractProg(), "--list-langs").redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!proc.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) proc.destroyForcibly();
        java.util.Set<String> langs = new java.util.HashSet<>();
        for (String line : Regexes.split(out, "\\R")) if (Regexes.matches(line, "[a-z_]{3,}")) langs.add(line.strip());
        return langs;
    }

    @Override
    public List<Glyph> recognise(BufferedImage image, double pointsPerPixel) throws IOException {
        return recognise(image, pointsPerPixel, "1");
    }

    /**
     * One column of lines of any size, without orientation detection (--psm 4): the few lines left beside painted-out
     * cells (title, 编制部门 … 单位：元, notes) mislead the detection, and the full segmentation splits a title line.
     */
    @Override
    public List<Glyph> recogniseUpright(BufferedImage image, double pointsPerPixel) throws IOException {
        return recognise(image, pointsPerPixel, "4");
    }

    private List<Glyph> recognise(BufferedImage image, double pointsPerPixel, String psm) throws IOException {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(languages);
        config.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        config.setPageSegMode(psm);
        config.setTimeoutSeconds(180);
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, config);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, "image/png");
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try {
            parser.parse(new ByteArrayInputStream(png.toByteArray()), handler, metadata, context);
        } catch (SAXException | TikaException e) {
            throw new IOException("OCR failed: " + e.getMessage(), e);
        }
        return glyphs(handler.toString(), pointsPerPixel);
    }

    /**
     * hOCR to glyphs in points. Tesseract reads a line's words in the right order, but its word boxes for
     * Chinese often overlap their neighbours; where they do, the line's characters are spread evenly over
     * the line's box instead, so that glyph order on the page stays the reading order.
     */
    static List<Glyph> glyphs(String hocr, double scale) {
        List<Glyph> out = new ArrayList<>();
        Matcher m = ELEMENT.matcher(hocr);
        int[] line = null;
        List<String> texts = new ArrayList<>();
        List<int[]> boxes = new ArrayList<>();
        List<Integer> confs = new ArrayList<>();
        while (m.find()) {
            int[] box = {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))};
            if (!m.group(1).equals("ocrx_word")) {
                emitLine(line, texts, boxes, confs, scale, out);
                line = box;
                texts.clear();
                boxes.clear();
                confs.clear();
                continue;
            }
            int conf = m.group(6) == null ? 100 : Integer.parseInt(m.group(6));
            String text = Chars.normalize(unescape(Regexes.replaceAll(m.group(7), "<[^>]*>", ""))).strip();
            if (text.isEmpty() || conf < MIN_CONFIDENCE) continue;
            texts.add(text);
            boxes.add(box);
            confs.add(conf);
            if (line == null) line = box;
        }
        emitLine(line, texts, boxes, confs, scale, out);
        return out;
    }

    private static void emitLine(int[] line, List<String> texts, List<int[]> boxes, List<Integer> confs, double scale, List<Glyph> out) {
        if (line == null || texts.isEmpty()) return;
        // a standard table's title misread by a character or two is corrected (substitutions only: lengths stay)
        String joined = String.join("", texts), titled = LabelSnap.title(joined);
        if (!titled.equals(joined)) {
            List<String> fixed = new ArrayList<>();
            int at = 0;
            for (String t : texts) { fixed.add(titled.substring(at, at + t.length())); at += t.length(); }
            texts = fixed;
        }
        boolean monotonic = true;
        for (int i = 1; i < boxes.size(); i++) {
            int[] prev = boxes.get(i - 1), cur = boxes.get(i);
            double overlap = prev[2] - cur[0];
            if (cur[0] < prev[0] || overlap > 0.25 * Math.min(prev[2] - prev[0], cur[2] - cur[0])) { monotonic = false; break; }
        }
        double top = line[1] * scale, bottom = line[3] * scale;
        double size = Math.round((bottom - top) * 100.0) / 100.0;
        if (monotonic) {
            for (int i = 0; i < texts.size(); i++) {
                int[] b = boxes.get(i);
                spread(texts.get(i), b[0] * scale, b[2] * scale, top, bottom, size, confs.get(i), out);
                if (i + 1 < texts.size() && Chars.needsSpace(texts.get(i), texts.get(i + 1))) {
                    out.add(new Glyph(" ", new Box(b[2] * scale, top, boxes.get(i + 1)[0] * scale, bottom), "OCR", size, 0, confs.get(i)));
                }
            }
        } else {
            StringBuilder sb = new StringBuilder();
            int conf = 100;
            for (int c : confs) conf = Math.min(conf, c);
            for (int i = 0; i < texts.size(); i++) {
                if (i > 0 && Chars.needsSpace(texts.get(i - 1), texts.get(i))) sb.append(' ');
                sb.append(texts.get(i));
            }
            spread(sb.toString(), line[0] * scale, line[2] * scale, top, bottom, size, conf, out);
        }
    }

    /** One glyph per character, spread evenly over [x0, x1]. */
    static void spread(String text, double x0, double x1, double top, double bottom, double size, double conf, List<Glyph> out) {
        spread(text, x0, x1, top, bottom, size, conf, "OCR", out);
    }

    static void spread(String text, double x0, double x1, double top, double bottom, double size, double conf, String font, List<Glyph> out) {
        int[] cps = text.codePoints().toArray();
        double w = (x1 - x0) / cps.length;
        for (int i = 0; i < cps.length; i++) {
            out.add(new Glyph(new String(Character.toChars(cps[i])), new Box(x0 + i * w, top, x0 + (i + 1) * w, bottom), font, size, 0, conf));
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
