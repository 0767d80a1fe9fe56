package org.tailor.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why the sniffer chose an encoding it is not sure of (confidence below {@link #SURE}), with the evidence a person
 * can check: how many bytes lie above 0x7F, the reason-specific count ({@link #evidence}), and up to
 * {@link #EXAMPLES} lines holding such bytes, decoded the chosen way. The import's warnings, the CLI and the
 * wizard show it so that a wrong guess ({@code CafÃ©} instead of {@code Café}) is caught before people trust it.
 *
 * @param charset       the charset chosen
 * @param confidence    the sniffer's confidence in [0,1]
 * @param reason        which rule chose it
 * @param nonAsciiBytes bytes above 0x7F in the sniffed sample (0 for UTF-16)
 * @param evidence      per reason: bytes in 0x80-0x9F (windows-1252), bytes that are not UTF-8 (mostly UTF-8),
 *                      two-byte Chinese characters (GB18030); 0 otherwise
 * @param sampleOnly    true when only the first part of the file was sniffed (the counts are of that part)
 * @param examples      the first lines holding non-ASCII text: line (1-based, physical) and the cell, decoded
 */
public record EncodingNote(String charset, double confidence, Reason reason, long nonAsciiBytes, long evidence,
                           boolean sampleOnly, List<Example> examples) {
    /** Confidences from here up are not worth a warning. */
    public static final double SURE = 0.9;
    /** How many example lines a note shows. */
    public static final int EXAMPLES = 3;
    /** Where the cell of an example is cut (characters). */
    static final int EXAMPLE_CHARS = 40;
    /** Marks the note among an import's warnings (a file-level warning, line 0, no column). */
    public static final String PREFIX = "encoding: ";

    /** The rule that chose the encoding. */
    public enum Reason {
        /** Not UTF-8 (no valid multi-byte sequence); bytes 0x80-0x9F present, which only windows-1252 uses. */
        WINDOWS_1252,
        /** Not UTF-8 (no valid multi-byte sequence); no byte in 0x80-0x9F: ISO-8859-1 (windows-1252 reads alike). */
        LATIN_1,
        /** Valid UTF-8 but for a few bytes (their rows are rejected). */
        MOSTLY_UTF8,
        /** Not UTF-8; the high bytes pair up as GBK/GB18030 Chinese characters, but few or not all of them. */
        GB18030,
        /** No byte-order mark, but zero bytes at every second position. */
        UTF16_NO_BOM
    }

    /** One line with non-ASCII text: its physical line number and the cell holding it, decoded. */
    public record Example(long line, String text) {
        @Override
        public String toString() {
            return "line " + line + ": '" + text + "'";
        }
    }

    public EncodingNote {
        examples = List.copyOf(examples);
    }

    /** The size of the sniffed sample in KB (the counts are of it when {@link #sampleOnly}). */
    public static int sampleKilobytes() {
        return DialectSniffer.SAMPLE / 1024;
    }

    /** For a GB18030 guess: true when too few Chinese characters were found to be sure (else some did not pair). */
    public boolean fewCharacters() {
        return reason == Reason.GB18030 && evidence < DialectSniffer.GB_SURE_CHARACTERS;
    }

    /** The confidence as a whole percentage. */
    public long percent() {
        return Math.round(confidence * 100);
    }

    /** The note as one English sentence for the report, the CLI and the stored run. */
    public String message() {
        StringBuilder b = new StringBuilder(PREFIX).append("read as ").append(charset).append(" (").append(percent())
                .append("% sure) because ").append(why()).append('.');
        if (!examples.isEmpty()) {
            b.append(" Check the text: ");
            for (int i = 0; i < examples.size(); i++) {
                b.append(i == 0 ? "" : "; ").append(examples.get(i));
            }
            b.append('.');
        }
        b.append(" If it looks wrong, choose the encoding: --encoding NAME (for example UTF-8, windows-1252,"
                + " ISO-8859-1 or GB18030) on the command line, or the Encoding box of the import wizard.");
        return b.toString();
    }

    private String why() {
        String bytes = count(nonAsciiBytes, "byte") + " above 0x7F" + (sampleOnly ? " in its first "
                + sampleKilobytes() + " KB" : "");
        return switch (reason) {
            case WINDOWS_1252 -> "it has " + bytes + " and none of them forms a UTF-8 character, so it is not UTF-8;"
                    + " " + count(evidence, "byte") + " in 0x80-0x9F (curly quotes, €, dashes), which only"
                    + " windows-1252 uses for characters";
            case LATIN_1 -> "it has " + bytes + " and none of them forms a UTF-8 character, so it is not UTF-8;"
                    + " none lies in 0x80-0x9F, so it is read as Latin-1 (windows-1252 reads these bytes the same way)";
            case MOSTLY_UTF8 -> "most of its " + bytes + " form UTF-8 characters, but " + count(evidence, "byte")
                    + (evidence == 1 ? " does" : " do") + " not; rows holding them are rejected, not stored garbled";
            case GB18030 -> "it has " + bytes + " and none of them forms a UTF-8 character; they pair up as "
                    + count(evidence, "two-byte Chinese character") + " (GBK/GB18030), "
                    + (fewCharacters() ? "too few to rule out accented Latin text"
                    + " (windows-1252)" : "but not all of them pair up");
            case UTF16_NO_BOM -> "it has no byte-order mark, but every second byte is zero, as in " + charset
                    + " (\"Unicode text\") files";
        };
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /**
     * The first {@link #EXAMPLES} lines of {@code text} (decoded sample, starting at line 1) holding a character
     * above U+007F (with {@code badOnly}: an undecodable byte, U+FFFD), each with the {@code delimiter}-separated
     * cell that holds it, cut to {@link #EXAMPLE_CHARS} characters.
     */
    static List<Example> examples(String text, char delimiter, boolean badOnly) {
        List<Example> out = new ArrayList<>();
        long line = 1;
        int start = 0;
        while (start <= text.length() && out.size() < EXAMPLES) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            String l = text.substring(start, stop);
            int at = badOnly ? l.indexOf('\uFFFD') : firstNonAscii(l);
            if (at >= 0) {
                out.add(new Example(line, cell(l, at, delimiter)));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return out;
    }

    private static int firstNonAscii(String l) {
        for (int i = 0; i < l.length(); i++) {
            if (l.charAt(i) > 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(String line, int at, char delimiter) {
        int from = line.lastIndexOf(delimiter, at) + 1;
        int to = line.indexOf(delimiter, at);
        String c = line.substring(from, to < 0 ? line.length() : to).replace("\r", "");
        int lead = 0;
        while (lead < c.length() && (c.charAt(lead) == '"' || c.charAt(lead) == ' ')) {
            lead++;
        }
        int trail = c.length();
        while (trail > lead && (c.charAt(trail - 1) == '"' || c.charAt(trail - 1) == ' ')) {
            trail--;
        }
        int pos = Math.max(0, at - from - lead);
        c = c.substring(lead, trail);
        if (c.length() <= EXAMPLE_CHARS) {
            return c;
        }
        int s = Math.max(0, Math.min(pos - EXAMPLE_CHARS / 2, c.length() - EXAMPLE_CHARS));
        return (s > 0 ? "…" : "") + c.substring(s, s + EXAMPLE_CHARS) + (s + EXAMPLE_CHARS < c.length() ? "…" : "");
    }
}
