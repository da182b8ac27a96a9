package org.fiscallens.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Bounds what decoding a page's streams may cost before PDFBox decodes them: PDFBox 3 decodes a whole stream
 * into memory when it is read, so a few kilobytes of deflated zeros (a decompression bomb) become gigabytes. Here
 * each stream a page needs — its content streams and those of the forms it draws, its fonts' programs, ToUnicode
 * and encoding CMaps — is decoded once through PDFBox's own filters into a counter that stops at the limit, so
 * the check itself never holds more than one intermediate filter's output (itself bounded). A stream that cannot
 * be decoded is left for PDFBox to judge (it skips broken streams); only a stream past a limit is refused.
 */
final class StreamBudget {
    /** Filters that decode images: never met in content or font streams, and not decoded here. */
    private static final Set<String> IMAGE_FILTERS = Set.of("DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF",
            "JBIG2Decode");
    private static final int MAX_FORM_DEPTH = 12;

    private final Limits limits;
    /** Font streams already measured in this document (a font is shared by many pages). */
    private final Set<COSStream> fontsSeen = Collections.newSetFromMap(new IdentityHashMap<>());

    StreamBudget(Limits limits) {
        this.limits = limits;
    }

    /** Throws {@link LimitExceededException} when the page's content or one of its fonts decodes past its limit. */
    void check(PDPage page) {
        long[] total = {0};
        contents(page.getCOSObject().getDictionaryObject(COSName.CONTENTS), total);
        resources(page.getCOSObject().getDictionaryObject(COSName.RESOURCES), total, 0,
                Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private void contents(COSBase contents, long[] total) {
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream s) streams.add(s);
        else if (contents instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) if (a.getObject(i) instanceof COSStream s) streams.add(s);
        }
        for (COSStream s : streams) {
            total[0] += decodedLength(s, limits.pageBytes() - total[0] + 1);
            if (total[0] > limits.pageBytes()) {
                throw Limits.exceeded("page-bytes", "the page's content decodes to more than "
                        + Limits.amount("page-bytes", limits.pageBytes()), limits.pageBytes());
            }
        }
    }

    private void resources(COSBase res, long[] total, int depth, Set<COSDictionary> seen) {
        if (!(res instanceof COSDictionary r) || !seen.add(r) || depth > MAX_FORM_DEPTH) return;
        if (r.getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts) {
            for (COSName n : fonts.keySet()) {
                if (fonts.getDictionaryObject(n) instanceof COSDictionary font) font(font);
            }
        }
        if (r.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects) {
            for (COSName n : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(n) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE)) && seen.add(form)) {
                    contents(form, total);
                    resources(form.getDictionaryObject(COSName.RESOURCES), total, depth + 1, seen);
                }
            }
        }
    }

    private void font(COSDictionary font) {
        List<COSStream> streams = new ArrayList<>();
        addStream(font.getDictionaryObject(COSName.TO_UNICODE), streams);
        addStream(font.getDictionaryObject(COSName.ENCODING), streams);
        descriptor(font.getDictionaryObject(COSName.FONT_DESC), streams);
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray kids) {
            for (int i = 0; i < Math.min(kids.size(), 4); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) descriptor(kid.getDictionaryObject(COSName.FONT_DESC), streams);
            }
        }
        for (COSStream s : streams) {
            if (!fontsSeen.add(s)) continue;
            long n = decodedLength(s, limits.fontBytes() + 1);
            if (n > limits.fontBytes()) {
                throw Limits.exceeded("font-bytes", "a font program or character map of the page decodes to more than "
                        + Limits.amount("font-bytes", limits.fontBytes()), limits.fontBytes());
            }
        }
    }

    private static void descriptor(COSBase d, List<COSStream> out) {
        if (!(d instanceof COSDictionary desc)) return;
        addStream(desc.getDictionaryObject(COSName.FONT_FILE), out);
        addStream(desc.getDictionaryObject(COSName.FONT_FILE2), out);
        addStream(desc.getDictionaryObject(COSName.FONT_FILE3), out);
    }

    private static void addStream(COSBase b, List<COSStream> out) {
        if (b instanceof COSObject o) b = o.getObject();
        if (b instanceof COSStream s) out.add(s);
    }

    /**
     * The decoded length of the stream, counted up to {@code cap} bytes (past it the count stops at cap + the last
     * write); 0 when it cannot be decoded at all.
     */
    static long decodedLength(COSStream s, long cap) {
        List<COSName> filters = new ArrayList<>();
        COSBase f = s.getFilters();
        if (f instanceof COSName n) filters.add(n);
        else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) if (a.getObject(i) instanceof COSName n) filters.add(n);
        }
        try {
            if (filters.isEmpty()) return s.getLength();
            InputStream in = s.createRawInputStream();
            try {
                for (int i = 0; i < filters.size(); i++) {
                    if (IMAGE_FILTERS.contains(filters.get(i).getName())) return 0;
                    Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                    boolean last = i == filters.size() - 1;
                    Counter out = new Counter(cap, !last);
                    try {
                        filter.decode(in, out, s, i);
                    } catch (Full full) {
                        return out.count;
                    }
                    if (last) return out.count;
                    in.close();
                    in = new ByteArrayInputStream(out.buffer.toByteArray());
                }
                return 0;
            } finally {
                in.close();
            }
        } catch (IOException | RuntimeException e) {
            return 0; // not decodable: PDFBox reports or skips it when it reads the stream
        }
    }

    /** Thrown by a full {@link Counter} to stop a filter. */
    private static final class Full extends IOException {
        Full() { super("limit reached", null); }
    }

    /** Counts what a filter writes (keeping it when another filter reads it next) and stops it past the cap. */
    private static final class Counter extends OutputStream {
        final long cap;
        final java.io.ByteArrayOutputStream buffer;
        long count;

        Counter(long cap, boolean keep) {
            this.cap = cap;
            this.buffer = keep ? new java.io.ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            count++;
            if (buffer != null) buffer.write(b);
            if (count > cap) throw new Full();
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > cap) throw new Full();
            if (buffer != null) buffer.write(b, off, len);
        }
    }
}
