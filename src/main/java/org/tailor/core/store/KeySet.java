package org.tailor.core.store;

/**
 * The natural keys ({@link NaturalKey}) an import has seen: stored ones (loaded when the file is larger than what
 * is stored) and the file's own so far. An open-addressing table of longs (8 bytes a key, at most three quarters full),
 * so ten million keys take 128 MB, not the gigabyte a {@code HashSet<Long>} would. Not thread-safe: one import
 * thread owns it at a time.
 */
public final class KeySet {
    private static final long EMPTY = 0;
    private long[] slots;
    private int mask;
    private int size;
    private boolean hasZero;

    /** A set sized for about {@code expected} keys without growing. */
    public KeySet(long expected) {
        int cap = 1 << 10;
        while (cap / 4 * 3 < expected && cap < (1 << 30)) {
            cap <<= 1;
        }
        slots = new long[cap];
        mask = cap - 1;
    }

    /** Adds {@code key}; returns false when it was there already. */
    public boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        int i = spread(key) & mask;
        while (true) {
            long k = slots[i];
            if (k == EMPTY) {
                slots[i] = key;
                if (++size > slots.length / 4 * 3) {
                    grow();
                }
                return true;
            }
            if (k == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    public boolean contains(long key) {
        if (key == EMPTY) {
            return hasZero;
        }
        int i = spread(key) & mask;
        while (true) {
            long k = slots[i];
            if (k == key) {
                return true;
            }
            if (k == EMPTY) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    public long size() {
        return size + (hasZero ? 1 : 0);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long k : old) {
            if (k != EMPTY) {
                int i = spread(k) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = k;
            }
        }
    }

    /** Natural keys are hashes already; fold the high bits in so that the low bits alone are well mixed too. */
    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
