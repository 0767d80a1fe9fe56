package org.tailor.core.recommend;

import java.util.Arrays;
import org.tailor.core.index.InteractionMatrix;

/** A dense item-to-item weight matrix W (row j = weights from item j to every item); score = row * W. */
public final class DenseItemModel implements TrainedModel, RowScorer {
    private final String kind;
    private final InteractionMatrix matrix;
    private final float[] weights;
    private final int n;

    DenseItemModel(String kind, InteractionMatrix matrix, float[] weights) {
        this.kind = kind;
        this.matrix = matrix;
        this.weights = weights;
        this.n = matrix.itemCount();
    }

    float[] weights() {
        return weights;
    }

    @Override
    public InteractionMatrix matrix() {
        return matrix;
    }

    @Override
    public void scoreAll(int userIdx, double[] out) {
        int[] rp = matrix.rowPointers();
        scoreRange(matrix.rowIndices(), rp[userIdx], rp[userIdx + 1], out);
    }

    @Override
    public void scoreRow(int[] itemIdx, float[] w, double[] out) {
        scoreRange(itemIdx, 0, itemIdx.length, out);
    }

    private void scoreRange(int[] items, int from, int to, double[] out) {
        Arrays.fill(out, 0);
        for (int p = from; p < to; p++) {
            int base = items[p] * n;
            for (int i = 0; i < n; i++) {
                out[i] += weights[base + i];
            }
        }
    }

    @Override
    public Explanation explain(int userIdx, int itemIdx) {
        int[] items = matrix.itemsOf(userIdx);
        double[] c = new double[items.length];
        for (int x = 0; x < items.length; x++) {
            c[x] = weights[items[x] * n + itemIdx];
        }
        return ItemContributions.explain(kind, items, c);
    }
}
