package org.tailor.core.index;

import java.util.Arrays;

/**
 * An immutable sparse customer x item matrix of positive weights, stored twice (by user and by item, CSR).
 * Each (user, item) pair appears at most once: repeats are summed into the weight by the builder.
 * Rows are sorted by item index; columns by user index.
 */
public final class InteractionMatrix {
    private final IdIndex users;
    private final IdIndex items;
    private final int[] userPtr;
    private final int[] userItems;
    private final float[] userWeights;
    private final int[] itemPtr;
    private final int[] itemUsers;
    private final float[] itemWeights;

    InteractionMatrix(IdIndex users, IdIndex items, int[] userPtr, int[] userItems, float[] userWeights) {
        this.users = users;
        this.items = items;
        this.userPtr = userPtr;
        this.userItems = userItems;
        this.userWeights = userWeights;
        int nItems = items.size();
        int[] counts = new int[nItems + 1];
        for (int it : userItems) {
            counts[it + 1]++;
        }
        for (int i = 0; i < nItems; i++) {
            counts[i + 1] += counts[i];
        }
        this.itemPtr = counts.clone();
        this.itemUsers = new int[userItems.length];
        this.itemWeights = new float[userItems.length];
        int[] fill = Arrays.copyOf(counts, nItems);
        for (int u = 0; u < users.size(); u++) {
            for (int p = userPtr[u]; p < userPtr[u + 1]; p++) {
                int pos = fill[userItems[p]]++;
                itemUsers[pos] = u;
                itemWeights[pos] = userWeights[p];
            }
        }
    }

    public static InteractionMatrixBuilder builder() {
        return new InteractionMatrixBuilder();
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    public int userCount() {
        return users.size();
    }

    public int itemCount() {
        return items.size();
    }

    public int nonZeros() {
        return userItems.length;
    }

    /** Item indices of one user's row, ascending (a copy). */
    public int[] itemsOf(int userIdx) {
        return Arrays.copyOfRange(userItems, userPtr[userIdx], userPtr[userIdx + 1]);
    }

    public float[] weightsOf(int userIdx) {
        return Arrays.copyOfRange(userWeights, userPtr[userIdx], userPtr[userIdx + 1]);
    }

    public int[] usersOf(int itemIdx) {
        return Arrays.copyOfRange(itemUsers, itemPtr[itemIdx], itemPtr[itemIdx + 1]);
    }

    public float[] itemWeightsOf(int itemIdx) {
        return Arrays.copyOfRange(itemWeights, itemPtr[itemIdx], itemPtr[itemIdx + 1]);
    }

    public int rowLength(int userIdx) {
        return userPtr[userIdx + 1] - userPtr[userIdx];
    }

    public int columnLength(int itemIdx) {
        return itemPtr[itemIdx + 1] - itemPtr[itemIdx];
    }

    public boolean contains(int userIdx, int itemIdx) {
        return Arrays.binarySearch(userItems, userPtr[userIdx], userPtr[userIdx + 1], itemIdx) >= 0;
    }

    /** Raw CSR arrays for hot kernels: row pointers, column indices, values. Do not modify. */
    public int[] rowPointers() {
        return userPtr;
    }

    public int[] rowIndices() {
        return userItems;
    }

    public float[] rowValues() {
        return userWeights;
    }

    public int[] columnPointers() {
        return itemPtr;
    }

    public int[] columnIndices() {
        return itemUsers;
    }

    public float[] columnValues() {
        return itemWeights;
    }
}
