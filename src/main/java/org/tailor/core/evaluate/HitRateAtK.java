package org.tailor.core.evaluate;

/** 1 when at least one relevant item is in the first K, else 0. */
public final class HitRateAtK implements ListMetric {
    private final int k;

    public HitRateAtK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "hitrate@" + k;
    }

    @Override
    public double evaluate(int[] ranked, int[] relevantSorted) {
        boolean[] hit = ListMetric.hits(ranked, k, relevantSorted);
        for (int r = 0; r < hit.length; r++) {
            if (hit[r]) {
                return 1;
            }
        }
        return 0;
    }
}
