package org.tailor.core.evaluate;

/** Hits in the first K divided by K (not by the list length: a short list is penalised). */
public final class PrecisionAtK implements ListMetric {
    private final int k;

    public PrecisionAtK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "precision@" + k;
    }

    @Override
    public double evaluate(int[] ranked, int[] relevantSorted) {
        int hits = 0;
        for (boolean h : ListMetric.hits(ranked, k, relevantSorted)) {
            if (h) {
                hits++;
            }
        }
        return hits / (double) k;
    }
}
