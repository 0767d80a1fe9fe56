package org.tailor.core.evaluate;

/** Reciprocal rank of the first relevant item within the first K (1-based), 0 when none. */
public final class MrrAtK implements ListMetric {
    private final int k;

    public MrrAtK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "mrr@" + k;
    }

    @Override
    public double evaluate(int[] ranked, int[] relevantSorted) {
        boolean[] hit = ListMetric.hits(ranked, k, relevantSorted);
        for (int r = 0; r < hit.length; r++) {
            if (hit[r]) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }
}
