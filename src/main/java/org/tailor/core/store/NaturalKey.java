package org.tailor.core.store;

import java.nio.charset.StandardCharsets;

/**
 * The compact natural key of an interaction: a 128-bit hash (two independent 64-bit mixes) over the event's fields
 * (customer, item, kind, value, amount, time, order). 16 bytes per row keep the unique index small; with 128 bits
 * an accidental collision among 10^10 events has a probability below 10^-18.
 */
final class NaturalKey {
    private NaturalKey() {
    }

    static byte[] of(String customerId, String sku, String kind, Double value, Double amount, Long ts,
                     String orderId) {
        long h1 = 0x9E3779B97F4A7C15L;
        long h2 = 0xC2B2AE3D27D4EB4FL;
        String[] parts = {customerId, sku, kind, value == null ? null : Double.toString(value),
            amount == null ? null : Double.toString(amount), ts == null ? null : Long.toString(ts), orderId};
        for (String p : parts) {
            if (p == null) {
                h1 = mix(h1, 0x1F);
                h2 = mix2(h2, 0x1F);
            } else {
                byte[] b = p.getBytes(StandardCharsets.UTF_8);
                for (byte x : b) {
                    h1 = mix(h1, x & 0xFF);
                    h2 = mix2(h2, x & 0xFF);
                }
            }
            h1 = mix(h1, 0x100);   // separator outside the byte range: ("ab","c") != ("a","bc")
            h2 = mix2(h2, 0x100);
        }
        h1 = fmix(h1);
        h2 = fmix(h2 ^ h1);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (h1 >>> (56 - 8 * i));
            out[8 + i] = (byte) (h2 >>> (56 - 8 * i));
        }
        return out;
    }

    private static long mix(long h, int v) {
        return (h ^ v) * 0x100000001B3L + Long.rotateLeft(h, 23);
    }

    private static long mix2(long h, int v) {
        return Long.rotateLeft(h ^ (v * 0xFF51AFD7ED558CCDL), 31) * 0x87C37B91114253D5L;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
