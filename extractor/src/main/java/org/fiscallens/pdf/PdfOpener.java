package org.fiscallens.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import org.fiscallens.layout.Regexes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;

/**
 * Opens a PDF with PDFBox 3 and turns every way of failing into a {@link PdfReadException} with a
 * short reason: missing, not a regular file, unreadable, empty, not a PDF, truncated/damaged, encrypted, no pages,
 * more pages than {@link Limits#pages()} (the reasons for PDFBox's errors come from {@link Reasons}).
 */
public final class PdfOpener {
    private PdfOpener() {}

    public static PDDocument open(Path file, String password) throws PdfReadException {
        precheck(file);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password);
        } catch (InvalidPasswordException e) {
            throw new PdfReadException(password == null || password.isEmpty()
                    ? "encrypted PDF: a password is required (use --password)"
                    : "encrypted PDF: wrong password", e);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Reasons.unreadable(e);
        }
        try {
            int pages = doc.getNumberOfPages();
            if (pages <= 0) throw new PdfReadException("PDF has no pages (damaged or truncated)");
            Limits limits = Limits.current();
            if (pages > limits.pages()) {
                throw new PdfReadException(Limits.exceeded("pages", "the document has " + Limits.amount("pages", pages) + " pages",
                        limits.pages()).getMessage());
            }
        } catch (PdfReadException e) {
            closeQuietly(doc);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            closeQuietly(doc);
            throw Reasons.unreadable(e);
        }
        return doc;
    }

    /**
     * The checks that need no parsing: a regular file this user may read, not empty, with a PDF header and an end
     * marker (a supervisor refuses such files without starting a worker to read them).
     */
    public static void precheck(Path file) throws PdfReadException {
        long size = checkFile(file);
        if (size == 0) throw new PdfReadException("empty file (0 bytes)");
        if (!startsWithPdfHeader(file)) throw new PdfReadException("not a PDF (no %PDF- header)");
        if (!hasEndMarker(file, size)) throw new PdfReadException("truncated PDF (no %%EOF end marker): the download or copy is incomplete");
    }

    /**
     * Checks that the path names a regular file this user may read, and returns its size. Only regular files are
     * read: a named pipe or a device (/dev/zero, /dev/urandom) would never end, and a folder is not a document.
     */
    public static long checkFile(Path file) throws PdfReadException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (file.toString().indexOf('\uFFFD') >= 0) {
                throw new PdfReadException("file not found: its name is not valid UTF-8 (rename the file, or give the folder it is in)");
            }
            if (Files.isSymbolicLink(file)) throw new PdfReadException("file not found: the link points to nothing (broken link)");
            throw new PdfReadException("file not found");
        } catch (AccessDeniedException e) {
            throw new PdfReadException("permission denied: this user may not open the folder the file is in");
        } catch (IOException e) {
            throw new PdfReadException("cannot read file: " + oneLine(e.getMessage()));
        }
        if (attrs.isDirectory()) throw new PdfReadException("is a folder, not a file (give the folder to read the PDFs in it)");
        if (!attrs.isRegularFile()) throw new PdfReadException("is " + special(file) + ", not a regular file: only PDF files are read");
        if (!Files.isReadable(file)) throw new PdfReadException("permission denied: this user may not read the file");
        return attrs.size();
    }

    /** What kind of special file this is, in words. */
    private static String special(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file (a pipe or device)";
        }
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
