package org.tailor.core.ingest;

import java.security.MessageDigest;
import java.util.Arrays;

/** Receives the raw bytes of a file as they are read from disk (compressed, for gzip), for its checksum. */
@FunctionalInterface
interface RawTap {
    void bytes(byte[] b, int off, int len);

    /** A tap feeding {@code digest} at once, on the reading thread. */
    static RawTap into(MessageDigest digest) {
        return digest::update;
    }

    /**
     * A tap that keeps copies of the bytes until {@link #take()}, so that another thread can feed the checksum
     * (the import pipeline's writer hashes what its reader has read, in order).
     */
    final class Deferred implements RawTap {
        private byte[] buf = new byte[1 << 17];
        private int len;

        @Override
        public void bytes(byte[] b, int off, int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        /** The bytes kept since the last call, in order. */
        byte[] take() {
            byte[] out = Arrays.copyOf(buf, len);
            len = 0;
            return out;
        }
    }
}
