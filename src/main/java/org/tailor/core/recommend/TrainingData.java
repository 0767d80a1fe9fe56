package org.tailor.core.recommend;

import org.tailor.core.index.InteractionMatrix;

/**
 * What a trainer may use: the interaction matrix, and optionally each item's text (title, category, genres; by item
 * index, null entries allowed) and each matrix entry's latest time (epoch seconds, aligned with
 * {@link InteractionMatrix#rowIndices()}). Variants that need an optional part say so when it is missing.
 */
public record TrainingData(InteractionMatrix matrix, String[] itemText, long[] entryTimes) {
    public static TrainingData of(InteractionMatrix matrix) {
        return new TrainingData(matrix, null, null);
    }

    public boolean hasItemText() {
        return itemText != null;
    }

    public boolean hasTimes() {
        return entryTimes != null;
    }
}
