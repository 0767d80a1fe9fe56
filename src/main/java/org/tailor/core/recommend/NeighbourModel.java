package org.tailor.core.recommend;

import java.util.Arrays;
import org.tailor.core.index.InteractionMatrix;

/**
 * A sparse item-to-item model: for every item its neighbours and weights. A customer's score for item i is
 * the sum over the customer's items j of weight(j -> i). Shared by item kNN (and any other sparse item model).
 */
public final class NeighbourModel implements TrainedModel, RowScorer {
    private final String kind;
    private final InteractionMatrix matrix;
    private final int[][] nbrIdx;
    private final float[][] nbrSim;

    NeighbourModel(String kind, InteractionMatrix matrix, int[][] nbrIdx, float[][] nbrSim) {
        this.kind = kind;
        this.matrix = matrix;
        this.nbrIdx = nbrIdx;
        this.nbrSim = nbrSim;
    }

    @Override
    public InteractionMatrix matrix() {
        return matrix;
    }

    int[][] neighbourIndices() {
        return nbrIdx;
    }

    float[][] neighbourWeights() {
        return nbrSim;
    }

    @Override
    public void scoreAll(int userIdx, double[] out) {
        int[] rp = matrix.rowPointers();
        scoreRange(matrix.rowIndices(), rp[userIdx], rp[userIdx + 1], out);
    }

    @Override
    public void scoreRow(int[] itemIdx, float[] weights, double[] out) {
        scoreRange(itemIdx, 0, itemIdx.length, out);
    }

    private void scoreRange(int[] items, int from, int to, double[] out) {
        Arrays.fill(out, 0);
        for (int p = from; p < to; p++) {
            int j = items[p];
            int[] idx = nbrIdx[j];
            float[] sim = nbrSim[j];
            for (int x = 0; x < idx.length; x++) {
                out[idx[x]] += sim[x];
            }
        }
    }

    @Override
    public Explanation explain(int userIdx, int itemIdx) {
        int[] items = matrix.itemsOf(userIdx);
        double[] c = new double[items.length];
        for (int x = 0; x < items.length; x++) {
            int[] idx = nbrIdx[items[x]];
            for (int y = 0; y < idx.length; y++) {
                if (idx[y] == itemIdx) {
                    c[x] = nbrSim[items[x]][y];
                    break;
                }
            }
        }
        return ItemContributions.explain(kind, items, c);
    }
}
