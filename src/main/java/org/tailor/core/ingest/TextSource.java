package org.tailor.core.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;

/**
 * Opens a source file read-only (it is never written): gunzips when the file starts with the gzip magic bytes,
 * skips the byte-order mark and decodes with the dialect's charset. Counts the raw bytes read for progress.
 */
final class TextSource {
    private TextSource() {
    }

    /** True when the file starts with the gzip magic bytes 1F 8B. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    /** The first {@code max} bytes of the (decompressed) content. */
    static byte[] head(Path file, boolean gzip, int max) throws IOException {
        try (InputStream in = bytes(file, gzip, null)) {
            return in.readNBytes(max);
        }
    }

    /** The decompressed bytes; {@code counter} (may be null) receives the raw bytes read from disk. */
    static InputStream bytes(Path file, boolean gzip, long[] counter) throws IOException {
        return bytes(file, gzip, counter, null);
    }

    /** As above; {@code digest} (may be null) is fed the raw bytes of the file (compressed, for gzip). */
    static InputStream bytes(Path file, boolean gzip, long[] counter, MessageDigest digest) throws IOException {
        InputStream raw = Files.newInputStream(file);
        if (counter != null || digest != null) {
            raw = new Counting(raw, counter == null ? new long[1] : counter, digest);
        }
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        return gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /**
     * What bytes the charset cannot decode become: U+FFFF, a noncharacter that text never holds (the usual U+FFFD
     * can be a real character of a UTF-8 file that some earlier system wrote). A row holding it is rejected as
     * "invalid bytes for ENCODING" ({@link RowConverter}); it is never stored.
     */
    static final char UNDECODABLE = '\uFFFF';

    /** A reader over the text after the byte-order mark; undecodable bytes become {@link #UNDECODABLE}. */
    static Reader reader(Path file, Dialect d, long[] counter, MessageDigest digest) throws IOException {
        InputStream in = bytes(file, d.gzip(), counter, digest);
        in.readNBytes(d.bomLength());
        return new InputStreamReader(in, d.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE)));
    }

    /** Counts the raw bytes read and feeds them to the digest (when there is one). */
    private static final class Counting extends FilterInputStream {
        private final long[] counter;
        private final MessageDigest digest;

        Counting(InputStream in, long[] counter, MessageDigest digest) {
            super(in);
            this.counter = counter;
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter[0]++;
                if (digest != null) {
                    digest.update((byte) b);
                }
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter[0] += n;
                if (digest != null) {
                    digest.update(b, off, n);
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read rather than skip, so that the digest sees every byte
            long done = 0;
            byte[] b = new byte[8192];
            while (done < n) {
                int r = read(b, 0, (int) Math.min(b.length, n - done));
                if (r < 0) {
                    break;
                }
                done += r;
            }
            return done;
        }
    }
}
