package org.tailor.core.evaluate;

/** Hits in the first K divided by the number of relevant items (all of them, cold items included). */
public final class RecallAtK implements ListMetric {
    private final int k;

    public RecallAtK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "recall@" + k;
    }

    @Override
    public double evaluate(int[] ranked, int[] relevantSorted) {
        int n = Math.min(k, ranked.length);
        int hits = 0;
        for (int r = 0; r < n; r++) {
            if (ListMetric.isRelevant(ranked[r], relevantSorted)) {
                hits++;
            }
        }
        return hits / (double) relevantSorted.length;
    }
}
