package org.fiscallens.pdf;

import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.ZipException;

/**
 * The one place where an exception met while reading a PDF becomes a reason a user can act on. PDFBox and the JVM
 * say what went wrong in their own terms ("Expected 'Page' but found COSName{PagR}", "Illegal Capacity: -1",
 * StackOverflowError); the user needs to know what is wrong with the file, or that the tool failed and how to
 * learn more. No reason names an exception class; {@code --debug} prints the stack trace.
 */
public final class Reasons {
    /** Appended to every reason that does not say all there is to know. */
    public static final String DEBUG_HINT = " (run with --debug for the details)";

    private Reasons() {}

    /** The exception as a {@link PdfReadException} with a plain one-line reason (the exception kept as its cause). */
    public static PdfReadException unreadable(Throwable e) {
        if (e instanceof PdfReadException p) return p;
        return new PdfReadException(of(e), e);
    }

    /** A plain one-line reason for an exception met while reading or processing a PDF. */
    public static String of(Throwable e) {
        if (e instanceof PdfReadException p) return p.getMessage();
        if (e instanceof LimitExceededException l) return l.getMessage();
        if (e instanceof InvalidPasswordException) return "encrypted PDF: a password is required (use --password)";
        if (e instanceof NoSuchFileException) return "file not found";
        if (e instanceof AccessDeniedException) return "permission denied: this user may not read the file";
        if (e instanceof StackOverflowError) {
            return "damaged PDF: its objects refer to themselves or are nested too deeply (circular reference)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: the file needs more memory than the heap limit allows (raise --max-heap)";
        }
        // the deepest known cause tells most: a decompression error inside a parser's IOException, say
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String r = known(c);
            if (r != null) return r;
        }
        if (e instanceof java.io.IOException) return "damaged PDF: PDFBox could not parse it" + DEBUG_HINT;
        return "internal error while reading this PDF" + DEBUG_HINT;
    }

    /** The reason for one exception from what it is and says, or null when it says nothing we know. */
    private static String known(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof StackOverflowError) return of(e);
        if (e instanceof EOFException || m.contains("unexpected end of") || m.contains("end of file")
                || m.contains("premature eof") || m.contains("eof reached")) {
            return "truncated or damaged PDF: the data ends in the middle of an object (the download or copy may be incomplete)";
        }
        if (e instanceof DataFormatException || e instanceof ZipException || m.contains("invalid stored block")
                || m.contains("incorrect header check") || m.contains("invalid distance") || m.contains("invalid block type")) {
            return "damaged PDF: a compressed stream cannot be decompressed";
        }
        if (m.contains("recursion") || m.contains("circular") || m.contains("cycle")) {
            return "damaged page tree: it refers back to itself (circular reference)";
        }
        if (m.contains("index not found")) {
            // PDFBox's page lookup: the tree's /Count promises more pages than its kids hold
            return "damaged page tree: it holds fewer pages than its page count (/Count) says";
        }
        if (m.contains("expected 'page'") || m.contains("page tree") || m.contains("pages tree") || m.contains("kids")
                || m.contains("page not found") || m.contains("index out of bounds") && m.contains("page")) {
            return "damaged page tree: an entry of the list of pages is not a page";
        }
        if (m.contains("missing closing bracket") || m.contains("reached eos")) {
            return "damaged PDF: an object breaks off part way (a string, array or dictionary is never closed)";
        }
        if (m.contains("root object") || m.contains("/root") || m.contains("catalog")) {
            return "damaged PDF: the document catalog (the trailer's /Root) is missing or broken";
        }
        if (m.contains("xref") || m.contains("startxref") || m.contains("trailer") || m.contains("cross reference")
                || m.contains("cross-reference")) {
            return "damaged PDF: the cross-reference table (the index of its objects) is broken";
        }
        if (m.contains("object stream") || m.contains("objstm")) {
            return "damaged PDF: an object stream (a compressed group of objects) is broken";
        }
        if (m.contains("missing") && m.contains("object") || m.contains("object not found") || m.contains("unknown object")) {
            return "damaged PDF: it refers to an object that is not in the file (missing object)";
        }
        if (m.contains("header") && (m.contains("version") || m.contains("%pdf"))) return "not a PDF (no %PDF- header)";
        if (m.contains("encrypt") || m.contains("security handler") || m.contains("decrypt")) {
            return "encrypted PDF: its encryption is damaged or of an unsupported kind";
        }
        if (m.contains("font") || m.contains("cmap") || m.contains("glyph")) {
            return "damaged PDF: a font (or its character map) cannot be read";
        }
        if (e instanceof NegativeArraySizeException || m.contains("illegal capacity") || m.contains("negative")) {
            return "damaged PDF: an object gives an impossible (negative) size or count";
        }
        if (e instanceof NumberFormatException) return "damaged PDF: a number in the file is malformed";
        if (e instanceof ClassCastException || m.contains("expected") && m.contains("found")) {
            return "damaged PDF: an object is of the wrong type where the structure needs another";
        }
        return null;
    }
}
