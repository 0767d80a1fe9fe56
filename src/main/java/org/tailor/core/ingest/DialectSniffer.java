package org.tailor.core.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses a file's {@link Dialect} from its first 256 KB: byte-order marks (UTF-8, UTF-16 LE/BE), UTF-16 without
 * a mark (zero bytes), valid UTF-8, GB18030 (runs of two-byte Chinese characters), else Windows-1252 (bytes
 * 0x80-0x9F present) or ISO-8859-1; then the delimiter ({@code , ; tab |}) whose count per record is the most
 * consistent, the header line (the first record with that count; lines above are titles) and whether it is a header.
 * An encoding guessed with a confidence below {@link EncodingNote#SURE} comes with an {@link EncodingNote} saying
 * why, with the bytes counted and example lines, for the import's warnings.
 */
public final class DialectSniffer {
    static final int SAMPLE = 256 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    /** From this many two-byte Chinese characters on, a GB18030 guess is as sure as their share of high bytes. */
    static final int GB_SURE_CHARACTERS = 8;

    /** Sniffs the file. */
    public Dialect sniff(Path file) {
        try {
            boolean gzip = TextSource.isGzip(file);
            byte[] head = TextSource.head(file, gzip, SAMPLE);
            return sniff(head, gzip);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    Dialect sniff(byte[] head, boolean gzip) {
        Guess enc = encoding(head);
        Charset cs = enc.charset();
        int bom = enc.bom();
        String text = new String(head, bom, head.length - bom, cs);
        if (head.length == SAMPLE) {
            int cut = text.lastIndexOf('\n');
            text = cut > 0 ? text.substring(0, cut) : text;
        }
        // enough records to see past a long block of notes above the header (200 were all notes in one case)
        List<String> records = records(text, 2000);
        char best = ',';
        double bestScore = -1;
        int bestMode = 0;
        for (char d : DELIMITERS) {
            int[] counts = records.stream().mapToInt(r -> count(r, d)).toArray();
            int mode = mode(counts);
            if (mode == 0) {
                continue;
            }
            int same = 0;
            for (int c : counts) {
                same += c == mode ? 1 : 0;
            }
            double score = same / (double) Math.max(1, nonBlank(records));
            if (score > bestScore + 1e-9) {
                best = d;
                bestScore = score;
                bestMode = mode;
            }
        }
        int headerIdx = 0;
        for (int i = 0; i < records.size(); i++) {
            if (count(records.get(i), best) == bestMode) {
                headerIdx = i;
                break;
            }
        }
        headerIdx = skipTitle(records, headerIdx, best);
        int headerLine = 1;
        for (int i = 0; i < headerIdx; i++) {
            headerLine += lineCount(records.get(i));
        }
        boolean header = records.isEmpty() || looksLikeHeader(records.get(headerIdx), best);
        double conf = bestScore < 0 ? 0.2 : Math.min(0.99, bestScore);
        EncodingNote note = enc.reason() == null || enc.confidence() >= EncodingNote.SURE ? null
                : new EncodingNote(cs.name(), enc.confidence(), enc.reason(), enc.nonAscii(), enc.evidence(),
                        head.length == SAMPLE, EncodingNote.examples(text, best,
                        enc.reason() == EncodingNote.Reason.MOSTLY_UTF8));
        return new Dialect(cs, enc.confidence(), best, conf, gzip, bom, headerLine, header, note);
    }

    /**
     * An encoding guess: charset, confidence, byte-order mark length, and for guesses that are not sure the rule
     * that made it, the bytes above 0x7F and the rule's own count ({@link EncodingNote#evidence()}).
     */
    record Guess(Charset charset, double confidence, int bom, EncodingNote.Reason reason, long nonAscii,
                 long evidence) {
        Guess(Charset charset, double confidence, int bom) {
            this(charset, confidence, bom, null, 0, 0);
        }
    }

    /**
     * A first line whose cells are mostly empty ({@code Orders export,,,,,}) is a title when a later line (within
     * the next five) has the same number of cells, more of them filled, and looks like a header.
     */
    private static int skipTitle(List<String> records, int idx, char d) {
        if (idx >= records.size()) {
            return idx;
        }
        String[] cells = split(records.get(idx), d);
        int filled = filled(cells);
        if (filled * 2 > cells.length || cells.length < 2) {
            return idx;
        }
        for (int j = idx + 1; j < Math.min(records.size(), idx + 6); j++) {
            String[] next = split(records.get(j), d);
            if (records.get(j).isBlank()) {
                continue;
            }
            if (next.length == cells.length && filled(next) > filled && filled(next) * 2 > next.length
                    && looksLikeHeader(records.get(j), d)) {
                return j;
            }
        }
        return idx;
    }

    private static String[] split(String record, char d) {
        return record.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
    }

    private static int filled(String[] cells) {
        int n = 0;
        for (String c : cells) {
            n += c.replace("\"", "").isBlank() ? 0 : 1;
        }
        return n;
    }

    /** The encoding of a file starting with {@code b}. */
    static Guess encoding(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Guess(StandardCharsets.UTF_8, 1.0, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Guess(StandardCharsets.UTF_16LE, 1.0, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Guess(StandardCharsets.UTF_16BE, 1.0, 2);
        }
        int n = Math.min(b.length, 4000);
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenZero++;
                } else {
                    oddZero++;
                }
            }
        }
        if (n > 3 && oddZero > n / 2 * 0.3 && evenZero < n / 2 * 0.05) {
            return new Guess(StandardCharsets.UTF_16LE, 0.85, 0, EncodingNote.Reason.UTF16_NO_BOM, 0, 0);
        }
        if (n > 3 && evenZero > n / 2 * 0.3 && oddZero < n / 2 * 0.05) {
            return new Guess(StandardCharsets.UTF_16BE, 0.85, 0, EncodingNote.Reason.UTF16_NO_BOM, 0, 0);
        }
        int high = 0;
        int c1 = 0;
        for (byte x : b) {
            int v = x & 0xFF;
            high += v >= 0x80 ? 1 : 0;
            c1 += v >= 0x80 && v <= 0x9F ? 1 : 0;
        }
        if (high == 0) {
            return new Guess(StandardCharsets.UTF_8, 0.9, 0);
        }
        if (validUtf8(b)) {
            return new Guess(StandardCharsets.UTF_8, 0.99, 0);
        }
        int[] seq = utf8Sequences(b);
        if (seq[0] >= 10 && seq[1] * 20 <= seq[0]) {
            // valid UTF-8 but for a few bytes: read as UTF-8; rows holding the bad bytes are rejected, not garbled
            return new Guess(StandardCharsets.UTF_8, 0.8, 0, EncodingNote.Reason.MOSTLY_UTF8, high, seq[1]);
        }
        int[] gb = gbPairs(b);
        double share = gb[0] == 0 ? 0 : gb[1] / (double) gb[0];
        if (share > 0.8) {
            int chars = gb[1] / 2;
            // a handful of pairs could as well be two accented Latin letters in a row: less sure below 8
            double conf = chars >= GB_SURE_CHARACTERS ? Math.min(0.95, share)
                    : Math.min(Math.min(0.95, share), 0.6 + 0.03 * chars);
            return new Guess(GB18030, conf, 0, EncodingNote.Reason.GB18030, high, chars);
        }
        return c1 > 0 ? new Guess(CP1252, 0.8, 0, EncodingNote.Reason.WINDOWS_1252, high, c1)
                : new Guess(StandardCharsets.ISO_8859_1, 0.7, 0, EncodingNote.Reason.LATIN_1, high, 0);
    }

    private static boolean validUtf8(byte[] b) {
        int end = b.length;
        // A sample cut mid-character is still UTF-8: ignore up to 3 trailing continuation/lead bytes.
        if (b.length == SAMPLE) {
            while (end > 0 && b.length - end < 4 && (b[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** [valid multi-byte UTF-8 sequences, invalid bytes] in {@code b}. */
    static int[] utf8Sequences(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                i++;
                continue;
            }
            int n = v >= 0xC2 && v <= 0xDF ? 1 : v >= 0xE0 && v <= 0xEF ? 2 : v >= 0xF0 && v <= 0xF4 ? 3 : -1;
            boolean ok = n > 0 && i + n < b.length + (b.length == SAMPLE ? 4 : 0);
            for (int k = 1; ok && k <= n; k++) {
                ok = i + k >= b.length || (b[i + k] & 0xC0) == 0x80;
            }
            if (ok && n == 2 && i + 1 < b.length) {
                int w = b[i + 1] & 0xFF;
                ok = !(v == 0xE0 && w < 0xA0) && !(v == 0xED && w >= 0xA0);
            }
            if (ok) {
                valid++;
                i += n + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /**
     * [high bytes, high bytes in GBK-style two-byte pairs with both bytes in 0xA1..0xFE (common hanzi)]; their
     * ratio is the share of the file's high bytes that read as common Chinese characters.
     */
    private static int[] gbPairs(byte[] b) {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < b.length; i++) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                continue;
            }
            if (i + 1 < b.length) {
                int w = b[i + 1] & 0xFF;
                if (v >= 0x81 && v <= 0xFE && ((w >= 0x40 && w <= 0x7E) || (w >= 0x80 && w <= 0xFE))) {
                    high += 2;
                    paired += v >= 0xA1 && w >= 0xA1 ? 2 : 0;
                    i++;
                    continue;
                }
            }
            high++;
        }
        return new int[] {high, paired};
    }

    /** Splits text into records, keeping quoted newlines inside a record. */
    static List<String> records(String text, int max) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && out.size() < max; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (!quoted && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0 && out.size() < max) {
            out.add(cur.toString());
        }
        return out;
    }

    static int count(String record, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static int lineCount(String record) {
        int n = 1;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int nonBlank(List<String> records) {
        int n = 0;
        for (String r : records) {
            n += r.isBlank() ? 0 : 1;
        }
        return n;
    }

    private static int mode(int[] counts) {
        Map<Integer, Integer> freq = new HashMap<>();
        int best = 0;
        int bestFreq = 0;
        for (int c : counts) {
            if (c == 0) {
                continue;
            }
            int f = freq.merge(c, 1, Integer::sum);
            if (f > bestFreq || (f == bestFreq && c > best)) {
                best = c;
                bestFreq = f;
            }
        }
        return best;
    }

    /** A header has no cell that reads as a number (ids, amounts and dates in the first row mean data). */
    private static boolean looksLikeHeader(String record, char d) {
        for (String cell : record.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1)) {
            String c = cell.replace("\"", "").trim();
            if (!c.isEmpty() && c.matches("[-+]?[0-9][0-9.,:/ -]*")) {
                return false;
            }
        }
        return true;
    }
}
