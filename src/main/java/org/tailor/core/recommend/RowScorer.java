package org.tailor.core.recommend;

/**
 * A model that can score a customer described only by their interactions, without retraining: the live-update path
 * (new purchases typed in or imported) and the way to serve customers the model has not seen. ALS folds the row in
 * against fixed item factors; neighbourhood and linear item models re-score from the row.
 */
public interface RowScorer {
    /**
     * Writes a score for every item index into {@code out}.
     *
     * @param itemIdx the customer's items (ascending, distinct, all {@code < itemCount})
     * @param weights their weights (same length)
     */
    void scoreRow(int[] itemIdx, float[] weights, double[] out);
}
