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
        int hits = 0;
        for (boolean h : ListMetric.hits(ranked, k, relevantSorted)) {
            if (h) {
                hits++;
            }
        }
        return hits / (double) relevantSorted.length;
    }
}
