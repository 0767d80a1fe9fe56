package org.tailor.core.ingest;

import java.nio.charset.Charset;

/**
 * How a text file is written: its encoding and delimiter (each with the sniffer's confidence in [0,1]), whether it
 * is gzip-compressed, how many bytes of byte-order mark to skip, the physical line of the header (1-based; lines
 * above it are titles or notes) and whether there is a header at all; {@code encodingNote} says why an encoding
 * the sniffer is not sure of was chosen (null when it is sure or the encoding was given).
 */
public record Dialect(Charset charset, double charsetConfidence, char delimiter, double delimiterConfidence,
                      boolean gzip, int bomLength, int headerLine, boolean hasHeader, EncodingNote encodingNote) {

    /** A dialect without an encoding note. */
    public Dialect(Charset charset, double charsetConfidence, char delimiter, double delimiterConfidence,
                   boolean gzip, int bomLength, int headerLine, boolean hasHeader) {
        this(charset, charsetConfidence, delimiter, delimiterConfidence, gzip, bomLength, headerLine, hasHeader, null);
    }

    /** The delimiter as a readable name: {@code ,} {@code ;} {@code tab} {@code |}. */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    /** The dialect with an encoding the user chose (sure, so without a note). */
    public Dialect withCharset(Charset cs, int bom) {
        return new Dialect(cs, 1.0, delimiter, delimiterConfidence, gzip, bom, headerLine, hasHeader, null);
    }

    public Dialect withDelimiter(char d) {
        return new Dialect(charset, charsetConfidence, d, 1.0, gzip, bomLength, headerLine, hasHeader, encodingNote);
    }

    public Dialect withHeader(int line, boolean present) {
        return new Dialect(charset, charsetConfidence, delimiter, delimiterConfidence, gzip, bomLength, line, present,
                encodingNote);
    }

    /** Parses a delimiter name: {@code , ; | tab \t}. */
    public static char parseDelimiter(String s) {
        if (s.equalsIgnoreCase("tab") || s.equals("\\t") || s.equals("\t")) {
            return '\t';
        }
        if (s.length() != 1) {
            throw new IllegalArgumentException("A delimiter is one character or 'tab', not '" + s + "'");
        }
        return s.charAt(0);
    }
}
