package org.tailor.core.index;

import java.util.Arrays;

/**
 * Collects (customer, item, weight) triples by external id; repeated pairs are merged by summing their weight.
 * Users and items can be pre-registered so the indices also cover customers or items with no interactions.
 */
public final class InteractionMatrixBuilder {
    private final IdIndex users = new IdIndex();
    private final IdIndex items = new IdIndex();
    private long[] keys = new long[1024];
    private float[] weights = new float[1024];
    private int size;

    public int addUser(String customerId) {
        return users.add(customerId);
    }

    public int addItem(String sku) {
        return items.add(sku);
    }

    public InteractionMatrixBuilder add(String customerId, String sku, double weight) {
        return add(users.add(customerId), items.add(sku), weight);
    }

    public InteractionMatrixBuilder add(int userIdx, int itemIdx, double weight) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        keys[size] = ((long) userIdx << 32) | (itemIdx & 0xffffffffL);
        weights[size] = (float) weight;
        size++;
        return this;
    }

    /** Builds the matrix: a counting sort by user, then each row sorted by item with duplicates summed. */
    public InteractionMatrix build() {
        int nUsers = users.size();
        int[] ptr = new int[nUsers + 1];
        for (int i = 0; i < size; i++) {
            ptr[(int) (keys[i] >>> 32) + 1]++;
        }
        for (int u = 0; u < nUsers; u++) {
            ptr[u + 1] += ptr[u];
        }
        int[] fill = Arrays.copyOf(ptr, nUsers);
        long[] rowKeys = new long[size];
        float[] rowW = new float[size];
        for (int i = 0; i < size; i++) {
            int pos = fill[(int) (keys[i] >>> 32)]++;
            rowKeys[pos] = ((keys[i] & 0xffffffffL) << 32) | pos;
            rowW[pos] = weights[i];
        }
        int[] outPtr = new int[nUsers + 1];
        int[] cols = new int[size];
        float[] vals = new float[size];
        int n = 0;
        for (int u = 0; u < nUsers; u++) {
            Arrays.sort(rowKeys, ptr[u], ptr[u + 1]);
            int rowStart = n;
            for (int p = ptr[u]; p < ptr[u + 1]; p++) {
                int item = (int) (rowKeys[p] >>> 32);
                float w = rowW[(int) rowKeys[p]];
                if (n > rowStart && cols[n - 1] == item) {
                    vals[n - 1] += w;
                } else {
                    cols[n] = item;
                    vals[n] = w;
                    n++;
                }
            }
            outPtr[u + 1] = n;
        }
        return new InteractionMatrix(users, items, outPtr, Arrays.copyOf(cols, n), Arrays.copyOf(vals, n));
    }
}
