package org.tailor.core.recommend;

import java.util.Map;
import java.util.stream.IntStream;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Item-based k nearest neighbours on binary implicit feedback. Training keeps, for every item, its {@code k} most
 * similar items (cosine, Pearson or Jaccard, with shrinkage). A customer's score for item i is the sum of the
 * similarities of i to the customer's items that list i among their neighbours. Items are processed in parallel.
 */
public final class ItemKnnRecommender implements Recommender {
    private final Similarity similarity;
    private final int neighbours;
    private final double shrink;
    private final Map<String, Object> params;

    public ItemKnnRecommender(VariantParams p) {
        this.similarity = Similarity.parse(p.getChoice("sim", "cosine", "cosine", "pearson", "jaccard"));
        this.neighbours = p.getInt("k", 200);
        this.shrink = p.getDouble("shrink", 0);
        if (neighbours <= 0) {
            throw new IllegalArgumentException("Parameter k of itemknn must be positive, was " + neighbours);
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "itemknn";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix m, Progress progress, Cancellation cancel) {
        int n = m.itemCount();
        int[][] nbrIdx = new int[n][];
        float[][] nbrSim = new float[n][];
        IntStream.range(0, n).parallel().forEach(new NeighbourKernel(m, nbrIdx, nbrSim, cancel)::compute);
        progress.report(1.0, "Item similarities computed for " + n + " items");
        return new NeighbourModel("similar-items", m, nbrIdx, nbrSim);
    }

    /** Per-item neighbour search with its own scratch arrays per thread. */
    private final class NeighbourKernel {
        private final InteractionMatrix m;
        private final int[][] nbrIdx;
        private final float[][] nbrSim;
        private final Cancellation cancel;
        private final ThreadLocal<int[]> counts;
        private final ThreadLocal<int[]> touched;

        NeighbourKernel(InteractionMatrix m, int[][] nbrIdx, float[][] nbrSim, Cancellation cancel) {
            this.m = m;
            this.nbrIdx = nbrIdx;
            this.nbrSim = nbrSim;
            this.cancel = cancel;
            this.counts = ThreadLocal.withInitial(() -> new int[m.itemCount()]);
            this.touched = ThreadLocal.withInitial(() -> new int[m.itemCount()]);
        }

        void compute(int i) {
            if ((i & 63) == 0) {
                cancel.check();
            }
            int[] co = counts.get();
            int[] t = touched.get();
            int nt = 0;
            int[] rp = m.rowPointers();
            int[] ri = m.rowIndices();
            int[] cp = m.columnPointers();
            int[] ci = m.columnIndices();
            for (int p = cp[i]; p < cp[i + 1]; p++) {
                int u = ci[p];
                for (int q = rp[u]; q < rp[u + 1]; q++) {
                    int j = ri[q];
                    if (co[j]++ == 0) {
                        t[nt++] = j;
                    }
                }
            }
            int ni = cp[i + 1] - cp[i];
            int total = m.userCount();
            double[] sims = new double[nt];
            int[] cand = new int[nt];
            int nc = 0;
            for (int x = 0; x < nt; x++) {
                int j = t[x];
                if (j != i) {
                    double s = similarity.of(co[j], ni, cp[j + 1] - cp[j], total, shrink);
                    if (s > 0) {
                        cand[nc] = j;
                        sims[nc] = s;
                        nc++;
                    }
                }
                co[j] = 0;
            }
            int keep = Math.min(neighbours, nc);
            int[] order = TopIndices.largest(sims, cand, nc, keep);
            int[] idx = new int[keep];
            float[] sim = new float[keep];
            for (int x = 0; x < keep; x++) {
                idx[x] = cand[order[x]];
                sim[x] = (float) sims[order[x]];
            }
            nbrIdx[i] = idx;
            nbrSim[i] = sim;
        }
    }
}
