package org.tailor.core.store;

/**
 * Which (customer, item, kind, value) groups an import has seen, as 32-bit fingerprints in an open-addressing
 * table (4 bytes a group). A group seen again marks its customer as one that may hold near-duplicate events
 * ({@link NearDuplicateFlagger}); two different groups share a fingerprint with a chance of about one in 4 * 10^9
 * per pair looked up, which only adds a customer to that check, never removes one. Not thread-safe.
 */
public final class GroupFingerprints {
    private int[] slots;
    private int mask;
    private int size;

    /** A table sized for about {@code expected} groups without growing. */
    public GroupFingerprints(long expected) {
        int cap = 1 << 10;
        while (cap / 4 * 3 < expected && cap < (1 << 30)) {
            cap <<= 1;
        }
        slots = new int[cap];
        mask = cap - 1;
    }

    /** Notes the group of an event; true when the same group was noted before. */
    public boolean seenBefore(String customerId, String sku, String kind, Double value) {
        return !add(fingerprint(customerId, sku, kind, value));
    }

    /** The 32-bit fingerprint of a group (never 0), for {@link #add}. */
    public static int fingerprint(String customerId, String sku, String kind, Double value) {
        long h = 0x9E3779B97F4A7C15L;
        h = (h ^ customerId.hashCode()) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ customerId.length()) * 0x165667B19E3779F9L;
        h = (h ^ (sku == null ? 0x5DEECE66DL : sku.hashCode() * 31L + sku.length())) * 0x9E3779B97F4A7C15L;
        h = (h ^ kind.hashCode()) * 0xC2B2AE3D27D4EB4FL;
        // -0.0 and 0.0 are one value to SQL: add 0.0 to fold them together
        h = (h ^ (value == null ? 0x2545F4914F6CDD1DL : Double.doubleToLongBits(value + 0.0))) * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        int f = (int) (h ^ (h >>> 32));
        return f == 0 ? 1 : f;
    }

    /** Notes a {@link #fingerprint}; false when it was noted before. */
    public boolean add(int f) {
        int i = (f * 0x9E3779B9) & mask;
        while (true) {
            int k = slots[i];
            if (k == 0) {
                slots[i] = f;
                if (++size > slots.length / 4 * 3) {
                    grow();
                }
                return true;
            }
            if (k == f) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int f : old) {
            if (f != 0) {
                int i = (f * 0x9E3779B9) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = f;
            }
        }
    }
}
