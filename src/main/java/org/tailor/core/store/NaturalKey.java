package org.tailor.core.store;

/**
 * The compact natural key of an interaction: a 64-bit hash (two independent mixes folded together) over the
 * event's fields (customer, item, kind, value, amount, time, order), stored as an INTEGER so the unique index is
 * small and fast to build. Among 10^7 events the chance that two different events share a key is about 3 * 10^-6;
 * such a row would be reported as a duplicate with its line, never dropped silently.
 */
final class NaturalKey {
    private NaturalKey() {
    }

    static long of(String customerId, String sku, String kind, Double value, Double amount, Long ts,
                   String orderId) {
        long[] h = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL};
        text(h, customerId);
        text(h, sku);
        text(h, kind);
        // + 0.0 folds -0.0 into 0.0: SQLite stores and compares them as one number, so they are one event
        number(h, value == null ? null : Double.doubleToLongBits(value + 0.0));
        number(h, amount == null ? null : Double.doubleToLongBits(amount + 0.0));
        number(h, ts);
        text(h, orderId);
        return fmix(fmix(h[0]) ^ Long.rotateLeft(h[1], 29));
    }

    private static void text(long[] h, String s) {
        long a = h[0];
        long b = h[1];
        if (s == null) {
            a = mix(a, 0x1F0000);
            b = mix2(b, 0x1F0000);
        } else {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                a = mix(a, ch);
                b = mix2(b, ch);
            }
        }
        h[0] = mix(a, 0x10000);   // separator outside the char range: ("ab","c") != ("a","bc")
        h[1] = mix2(b, 0x10000);
    }

    private static void number(long[] h, Long v) {
        if (v == null) {
            h[0] = mix(mix(h[0], 0x1F0000), 0x10000);
            h[1] = mix2(mix2(h[1], 0x1F0000), 0x10000);
            return;
        }
        h[0] = mix(mix(mix(h[0], (int) v.longValue()), (int) (v >>> 32)), 0x10001);
        h[1] = mix2(mix2(mix2(h[1], (int) v.longValue()), (int) (v >>> 32)), 0x10001);
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
