package org.tailor.core.ingest;

import java.security.MessageDigest;

/** Receives the raw bytes of a file as they are read from disk (compressed, for gzip), for its checksum. */
@FunctionalInterface
interface RawTap {
    void bytes(byte[] b, int off, int len);

    /** A tap feeding {@code digest} at once, on the reading thread. */
    static RawTap into(MessageDigest digest) {
        return digest::update;
    }
}
