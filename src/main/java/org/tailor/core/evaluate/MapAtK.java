package org.tailor.core.evaluate;

/** Average precision at K: the sum of precision@r at every hit rank r within K, divided by min(|relevant|, K) so a perfect list scores 1. */
public final class MapAtK implements ListMetric {
    private final int k;

    public MapAtK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "map@" + k;
    }

    @Override
    public double evaluate(int[] ranked, int[] relevantSorted) {
        boolean[] hit = ListMetric.hits(ranked, k, relevantSorted);
        int hits = 0;
        double sum = 0;
        for (int r = 0; r < hit.length; r++) {
            if (hit[r]) {
                hits++;
                sum += hits / (double) (r + 1);
            }
        }
        return sum / Math.min(k, relevantSorted.length);
    }
}
