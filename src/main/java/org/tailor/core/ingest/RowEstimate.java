package org.tailor.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.List;

/**
 * How many records a file probably holds, before reading it all: raw bytes per physical line measured on the
 * file's first megabyte (quotes, CRLF and multi-byte characters included, as they are on disk), times physical
 * lines per record seen in the sample (a quoted field may span lines); for gzip, the file's size times the
 * ratio of what its first compressed megabyte inflates to. Used to choose the bulk path and to size the in-memory
 * key tables,
 * so an over-estimate costs memory and an under-estimate costs a table growing once.
 */
final class RowEstimate {
    static final int HEAD = 1 << 20;

    private RowEstimate() {
    }

    /** The estimate, or -1 when the head cannot be read or holds no line end. */
    static long of(Path file, boolean gzip, long fileBytes, List<Long> sampleLines) {
        byte[] head;
        double content;
        try {
            if (gzip) {
                // inflate the first megabyte of compressed bytes as far as it goes: the ratio of what comes out to
                // what went in scales the file's size
                byte[] compressed;
                try (InputStream in = Files.newInputStream(file)) {
                    compressed = in.readNBytes(HEAD);
                }
                head = inflate(compressed);
                content = compressed.length < HEAD ? head.length : fileBytes * (head.length / (double) HEAD);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    head = in.readNBytes(HEAD);
                }
                content = fileBytes;
            }
        } catch (IOException e) {
            return -1;
        }
        long lf = 0;
        long cr = 0;
        for (byte b : head) {
            if (b == '\n') {
                lf++;
            } else if (b == '\r') {
                cr++;
            }
        }
        long lines = lf > 0 ? lf : cr;
        if (lines == 0 || head.length == 0) {
            return -1;
        }
        double bytesPerLine = head.length / (double) lines;
        double linesPerRecord = 1;
        if (sampleLines.size() > 1) {
            linesPerRecord = Math.max(1.0, (sampleLines.get(sampleLines.size() - 1) - sampleLines.get(0))
                    / (double) (sampleLines.size() - 1));
        }
        return Math.round(content / (bytesPerLine * linesPerRecord));
    }

    /** What a gzip stream's first bytes inflate to (all of it when they are the whole file). */
    private static byte[] inflate(byte[] compressed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (EOFException cut) {
            // the stream goes on past the bytes read: what came out so far is the measure
        }
        return out.toByteArray();
    }
}
