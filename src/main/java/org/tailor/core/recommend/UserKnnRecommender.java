package org.tailor.core.recommend;

import java.util.Arrays;
import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * User-based k nearest neighbours on binary implicit feedback. Neighbours are found when a customer is scored
 * (from their row, so new interactions count at once): the {@code k} most similar customers (cosine, Pearson or
 * Jaccard, with shrinkage); an item's score is the summed similarity of the neighbours who have it.
 */
public final class UserKnnRecommender implements Recommender {
    private final Similarity similarity;
    private final int neighbours;
    private final double shrink;
    private final Map<String, Object> params;

    public UserKnnRecommender(VariantParams p) {
        this.similarity = Similarity.parse(p.getChoice("sim", "cosine", "cosine", "pearson", "jaccard"));
        this.neighbours = p.getInt("k", 50);
        this.shrink = p.getDouble("shrink", 10);
        if (neighbours <= 0) {
            throw new IllegalArgumentException("Parameter k of userknn must be positive, was " + neighbours);
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "userknn";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel) {
        progress.report(1.0, "User kNN needs no training beyond the matrix");
        return new Model(matrix);
    }

    private final class Model implements TrainedModel, RowScorer {
        private final InteractionMatrix m;

        Model(InteractionMatrix m) {
            this.m = m;
        }

        @Override
        public InteractionMatrix matrix() {
            return m;
        }

        @Override
        public void scoreAll(int userIdx, double[] out) {
            score(m.itemsOf(userIdx), userIdx, out, null, -1);
        }

        @Override
        public void scoreRow(int[] itemIdx, float[] weights, double[] out) {
            score(itemIdx, -1, out, null, -1);
        }

        @Override
        public Explanation explain(int userIdx, int itemIdx) {
            int[] items = m.itemsOf(userIdx);
            double[] contribution = new double[items.length];
            score(items, userIdx, new double[m.itemCount()], contribution, itemIdx);
            return ItemContributions.explain("similar-customers", items, contribution);
        }

        /** Scores from a row; when {@code contribution} is given, credits each row item shared with neighbours who have {@code target}. */
        private void score(int[] items, int self, double[] out, double[] contribution, int target) {
            int nu = m.userCount();
            int[] co = new int[nu];
            int[] cp = m.columnPointers();
            int[] ci = m.columnIndices();
            for (int j : items) {
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    co[ci[p]]++;
                }
            }
            double[] sims = new double[nu];
            int[] cand = new int[nu];
            int nc = 0;
            for (int v = 0; v < nu; v++) {
                if (co[v] > 0 && v != self) {
                    double s = similarity.of(co[v], items.length, m.rowLength(v), m.itemCount(), shrink);
                    if (s > 0) {
                        cand[nc] = v;
                        sims[nc++] = s;
                    }
                }
            }
            int[] top = TopIndices.largest(sims, cand, nc, Math.min(neighbours, nc));
            Arrays.fill(out, 0);
            int[] rp = m.rowPointers();
            int[] ri = m.rowIndices();
            for (int t : top) {
                int v = cand[t];
                double s = sims[t];
                for (int q = rp[v]; q < rp[v + 1]; q++) {
                    out[ri[q]] += s;
                }
                if (contribution != null && m.contains(v, target)) {
                    for (int x = 0; x < items.length; x++) {
                        if (m.contains(v, items[x])) {
                            contribution[x] += s;
                        }
                    }
                }
            }
        }
    }
}
