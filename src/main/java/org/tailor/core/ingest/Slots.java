package org.tailor.core.ingest;

/**
 * Numbers distinct strings 0, 1, 2 ... in the order they first come (the import reader's customer and item ids).
 * Open addressing over parallel arrays of hashes and keys: a lookup reads the hash array and touches a key only
 * when the hash matches, about half the memory traffic of a {@code HashMap<String, Integer>} for the same job.
 */
final class Slots {
    private int[] hashes;
    private String[] keys;
    private int[] numbers;
    private int mask;
    private int size;

    Slots() {
        hashes = new int[1 << 12];
        keys = new String[1 << 12];
        numbers = new int[1 << 12];
        mask = keys.length - 1;
    }

    /** The number of {@code key}, giving it the next one when new. */
    int slot(String key) {
        int h = key.hashCode();
        int i = spread(h) & mask;
        while (true) {
            String k = keys[i];
            if (k == null) {
                hashes[i] = h;
                keys[i] = key;
                int n = size++;
                numbers[i] = n;
                if (size > keys.length / 4 * 3) {
                    grow();
                }
                return n;
            }
            if (hashes[i] == h && k.equals(key)) {
                return numbers[i];
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldHashes = hashes;
        String[] oldKeys = keys;
        int[] oldNumbers = numbers;
        hashes = new int[oldKeys.length * 2];
        keys = new String[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldHashes[j]) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[j];
                keys[i] = oldKeys[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 ^ (h >>> 16);
    }
}
