package org.fiscallens.pdf;

/** A document that cannot be read, with a one-line reason meant for the user. */
public class PdfReadException extends Exception {
    public PdfReadException(String reason) { super(reason); }
    public PdfReadException(String reason, Throwable cause) { super(reason, cause); }
}
