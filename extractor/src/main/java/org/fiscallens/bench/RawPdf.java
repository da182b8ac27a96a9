package org.fiscallens.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written object by object, with a correct cross-reference table: the hostile cases need structures no PDF
 * library writes (a page tree that contains itself, a page of the wrong type, a stream that inflates to gigabytes).
 * Object 1 is the catalog; objects are numbered in the order they are added, from 1.
 */
final class RawPdf {
    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object (its body between {@code N 0 obj} and {@code endobj}); returns its number. */
    int add(String body) {
        return add(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    /** Reserves a number for an object written later with {@link #set}. */
    int reserve() {
        return add(new byte[0]);
    }

    void set(int number, String body) {
        objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A stream object: the dictionary entries (without Length) and its raw data. */
    static byte[] stream(String dictEntries, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(("<< " + dictEntries + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(data);
        b.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    /** {@code count} bytes of {@code fill}, deflated, written without ever holding the inflated bytes. */
    static byte[] deflatedRepeat(byte fill, long count) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, fill);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long left = count;
        while (left > 0) {
            int n = (int) Math.min(chunk.length, left);
            d.setInput(chunk, 0, n);
            left -= n;
            while (!d.needsInput()) {
                int k = d.deflate(buf);
                out.write(buf, 0, k);
            }
        }
        d.finish();
        while (!d.finished()) {
            int k = d.deflate(buf);
            out.write(buf, 0, k);
        }
        d.end();
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater();
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long o : offsets) x.append(String.format("%010d 00000 n \n", o));
        x.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
