package org.tailor.core.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 record reader that knows its physical lines and never swallows rows silently.
 * <ul>
 *   <li>A quote opens a quoted field only as the field's first character; elsewhere it is a literal character,
 *       and characters after a closing quote are kept literally.</li>
 *   <li>Line ends are LF, CRLF and CR. In a file whose first 64 K characters hold an LF, a lone CR outside quotes
 *       ends a record only where the record is complete ({@link #expect}); before that it is part of the value,
 *       so a CR typed into a cell does not split the row. Inside quotes a lone CR is data (unless the file uses
 *       CR line ends throughout).</li>
 *   <li>A quoted field that reaches the end of the file, or runs over more than {@link #MAX_QUOTED_LINES} lines or
 *       {@link #MAX_QUOTED_CHARS} characters, is an <em>unbalanced quote</em>: the record is returned cut at the
 *       end of the quote's line with {@link #problem()} set, and the following lines are read again as records
 *       of their own. The caller can ask for the same recovery with {@link #recover} when a record that spans
 *       lines turns out to have the wrong number of fields.</li>
 * </ul>
 */
final class CsvParser {
    /** A quoted field spanning more lines than this is taken as an unbalanced quote. */
    static final int MAX_QUOTED_LINES = 1000;
    /** A quoted field longer than this many characters (and spanning lines) is taken as an unbalanced quote. */
    static final int MAX_QUOTED_CHARS = 4 << 20;
    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean crEnds;
    private int expect;
    private char[] pushback;
    private int pushPos;
    private int peeked = -2;
    private long line = 1;
    private StringBuilder capture;

    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private long startLine;
    private long quoteLine;
    private int quoteColumn;
    private String firstLinePart;
    private String problem;

    CsvParser(Reader in, char delimiter) throws IOException {
        this.in = in;
        this.delimiter = delimiter;
        fill();
        boolean lf = false;
        boolean cr = false;
        for (int i = 0; i < len; i++) {
            lf |= buf[i] == '\n';
            cr |= buf[i] == '\r';
        }
        crEnds = cr && !lf;
    }

    /**
     * The number of fields a complete record has (0: unknown). In a file with LF line ends a lone CR ends a record
     * only where the record already has that many fields; earlier in the record it is part of the value (so a CR
     * typed into a cell does not split the row).
     */
    void expect(int fieldCount) {
        this.expect = fieldCount;
    }

    /** The fields of the record read by the last {@link #next()}. */
    List<String> fields() {
        return fields;
    }

    /** Physical line (1-based) where the last record starts. */
    long startLine() {
        return startLine;
    }

    /** Why the last record is damaged (an unbalanced quote), or null. */
    String problem() {
        return problem;
    }

    /** 1-based column of the quoted field that spans lines in the last record, or 0. */
    int quoteColumn() {
        return quoteColumn;
    }

    /** True when the last record has a quoted field spanning lines (it could be an unbalanced quote). */
    boolean spansLines() {
        return capture != null;
    }

    /** Reads the next record; false at the end. */
    boolean next() throws IOException {
        fields.clear();
        problem = null;
        capture = null;
        quoteColumn = 0;
        firstLinePart = null;
        int c = read();
        if (c == EOF) {
            return false;
        }
        startLine = line;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
                if (problem != null) {
                    return true;
                }
            } else if (c != EOF && c != delimiter && c != '\n' && c != '\r' && peeked == -2 && pushback == null
                    && capture == null) {
                // fast path: c is buf[pos - 1]; an unquoted field that ends in the buffer at a delimiter or LF is
                // the same characters the loop below would append, taken as one string
                int end = pos;
                while (end < len && buf[end] != delimiter && buf[end] != '\n' && buf[end] != '\r') {
                    end++;
                }
                if (end < len && buf[end] != '\r') {
                    fields.add(new String(buf, pos - 1, end - pos + 1));
                    pos = end + 1;
                    if (buf[end] == delimiter) {
                        c = read();
                        continue;
                    }
                    line++;
                    return true;
                }
            }
            while (c != EOF && c != delimiter && !lineEnd(c)) {
                field.append((char) c);
                c = read();
            }
            fields.add(field.toString());
            if (c == delimiter) {
                c = read();
                continue;
            }
            return true;
        }
    }

    /**
     * Reads a quoted field (the opening quote is consumed) into {@link #field}; returns the character after the
     * closing quote. On an unbalanced quote sets {@link #problem} and recovers.
     */
    private int quoted() throws IOException {
        long opened = line;
        int column = fields.size() + 1;
        int lines = 0;
        while (true) {
            int c = read();
            if (c == EOF) {
                return unbalanced(opened, column, "it is never closed (the file ends inside it)");
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    field.append('"');
                    continue;
                }
                return d;
            }
            if (c == '\n' || c == '\r' && (crEnds || peek() == '\n')) {
                if (c == '\r' && peek() == '\n') {
                    read();
                    field.append('\r');
                    c = '\n';
                }
                if (capture == null) {
                    firstLinePart = field.toString();
                    quoteLine = opened;
                    quoteColumn = column;
                    capture = new StringBuilder();
                }
                line++;
                if (++lines > MAX_QUOTED_LINES) {
                    return unbalanced(opened, column, "it runs over more than " + MAX_QUOTED_LINES + " lines");
                }
            }
            field.append((char) c);
            if (field.length() > MAX_QUOTED_CHARS && capture != null) {
                return unbalanced(opened, column, "it runs over more than " + MAX_QUOTED_CHARS + " characters");
            }
        }
    }

    private int unbalanced(long opened, int column, String why) {
        String part = firstLinePart != null ? firstLinePart : field.toString();
        problem = "unbalanced quote starting at line " + opened + " (column " + column + "): " + why
                + "; the lines after it are read as rows of their own";
        fields.add("\"" + part);
        if (capture != null) {
            quoteLine = opened;
            quoteColumn = column;
            recover();
        }
        return EOF;
    }

    /**
     * Gives back every character read after the first line end inside the last record's multi-line quoted field,
     * so that the next records start on the line after the quote's line. The last record should then be treated
     * as cut at the end of its first line ({@link #firstLineFields()}).
     */
    void recover() {
        if (capture == null) {
            return;
        }
        char[] rest = pushback == null ? new char[0] : java.util.Arrays.copyOfRange(pushback, pushPos,
                pushback.length);
        StringBuilder all = new StringBuilder(capture.length() + rest.length + 1);
        if (peeked >= 0) {
            // a peeked character was read from the stream but is not in the capture yet
            all.append(capture).append((char) peeked);
            peeked = -2;
        } else {
            all.append(capture);
        }
        all.append(rest);
        pushback = new char[all.length()];
        all.getChars(0, all.length(), pushback, 0);
        pushPos = 0;
        line = quoteLine + 1;
        capture = null;
    }

    /** The fields of the last record up to the end of its first line (for a record cut by {@link #recover}). */
    List<String> firstLineFields() {
        List<String> out = new ArrayList<>(fields.subList(0, Math.max(0, quoteColumn - 1)));
        out.add("\"" + (firstLinePart == null ? "" : firstLinePart));
        return out;
    }

    /** True when {@code c} ends a line here (consuming the LF of a CRLF); counts the line. */
    private boolean lineEnd(int c) throws IOException {
        if (c == '\n') {
            line++;
            return true;
        }
        if (c == '\r') {
            if (peek() == '\n') {
                read();
                line++;
                return true;
            }
            if (crEnds || expect == 0 || fields.size() + 1 >= expect) {
                line++;
                return true;
            }
        }
        return false;
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = readRaw();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c;
        if (peeked != -2) {
            c = peeked;
            peeked = -2;
        } else {
            c = readRaw();
        }
        if (capture != null && c != EOF) {
            capture.append((char) c);
        }
        return c;
    }

    private int readRaw() throws IOException {
        if (pushback != null) {
            if (pushPos < pushback.length) {
                return pushback[pushPos++];
            }
            pushback = null;
        }
        if (pos >= len) {
            if (len < 0) {
                return EOF;
            }
            fill();
            if (len <= 0) {
                return EOF;
            }
        }
        return buf[pos++];
    }

    private void fill() throws IOException {
        pos = 0;
        len = 0;
        while (len == 0) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                len = -1;
                return;
            }
            len = n;
        }
    }
}
