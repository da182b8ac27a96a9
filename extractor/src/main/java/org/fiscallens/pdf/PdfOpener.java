package org.fiscallens.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.fiscallens.layout.Regexes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a PDF with PDFBox 3 and turns every way of failing into a {@link PdfReadException} with a
 * short reason: missing, empty, not a PDF, truncated/damaged, encrypted, no pages.
 */
public final class PdfOpener {
    private PdfOpener() {}

    public static PDDocument open(Path file, String password) throws PdfReadException {
        if (!Files.exists(file)) throw new PdfReadException("file not found");
        if (Files.isDirectory(file)) throw new PdfReadException("is a directory, not a file");
        if (!Files.isReadable(file)) throw new PdfReadException("file is not readable");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PdfReadException("cannot read file: " + e.getMessage());
        }
        if (size == 0) throw new PdfReadException("empty file (0 bytes)");
        if (!startsWithPdfHeader(file)) throw new PdfReadException("not a PDF (no %PDF- header)");
        if (!hasEndMarker(file, size)) throw new PdfReadException("truncated PDF (no %%EOF end marker): the download or copy is incomplete");
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password);
        } catch (InvalidPasswordException e) {
            throw new PdfReadException(password == null || password.isEmpty()
                    ? "encrypted PDF: a password is required (use --password)"
                    : "encrypted PDF: wrong password");
        } catch (NoSuchFileException e) {
            throw new PdfReadException("file not found");
        } catch (IOException e) {
            throw new PdfReadException("damaged or truncated PDF: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new PdfReadException("damaged PDF: " + oneLine(String.valueOf(e.getMessage())));
        }
        try {
            if (doc.getNumberOfPages() == 0) {
                closeQuietly(doc);
                throw new PdfReadException("PDF has no pages (damaged or truncated)");
            }
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()
                    && !doc.getCurrentAccessPermission().isOwnerPermission()) {
                // PDFBox still decrypts with the user password; extraction restrictions are advisory.
                return doc;
            }
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw new PdfReadException("damaged PDF: " + oneLine(String.valueOf(e.getMessage())));
        }
        return doc;
    }

    private static boolean startsWithPdfHeader(Path file) throws PdfReadException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return s.contains("%PDF-");
        } catch (IOException e) {
            throw new PdfReadException("cannot read file: " + oneLine(e.getMessage()));
        }
    }

    /** A complete PDF ends with %%EOF (some writers append a few bytes after it). */
    private static boolean hasEndMarker(Path file, long size) throws PdfReadException {
        int tail = (int) Math.min(size, 64 * 1024);
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "r")) {
            byte[] buf = new byte[tail];
            raf.seek(size - tail);
            raf.readFully(buf);
            return new String(buf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            throw new PdfReadException("cannot read file: " + oneLine(e.getMessage()));
        }
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        String t = Regexes.replaceAll(s, "\\s+", " ").trim();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    private static void closeQuietly(PDDocument doc) {
        try { doc.close(); } catch (IOException ignored) { }
    }
}
