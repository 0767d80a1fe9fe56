package org.tailor.core.evaluate;

/**
 * NDCG@K with binary gain and a 1/log2(rank+1) discount. The ideal DCG places min(|relevant|, K) hits at the top
 * (not the sorted recommended list, not all relevant items), so the value is always in [0, 1]. A list shorter
 * than K is scored as it is.
 */
public final class NdcgAtK implements ListMetric {
    private final int k;

    public NdcgAtK(int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + k);
        }
        this.k = k;
    }

    @Override
    public String name() {
        return "ndcg@" + k;
    }

    @Override
    public double evaluate(int[] ranked, int[] relevantSorted) {
        double dcg = 0;
        boolean[] hit = ListMetric.hits(ranked, k, relevantSorted);
        for (int r = 0; r < hit.length; r++) {
            if (hit[r]) {
                dcg += discount(r);
            }
        }
        double idcg = 0;
        int ideal = Math.min(k, relevantSorted.length);
        for (int r = 0; r < ideal; r++) {
            idcg += discount(r);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** 1 / log2(rank + 2) for a 0-based rank. */
    static double discount(int zeroBasedRank) {
        return 1.0 / (Math.log(zeroBasedRank + 2) / Math.log(2));
    }
}
