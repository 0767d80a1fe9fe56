package org.tailor.core.evaluate;

/**
 * Mean precision and recall at every K from 1 to {@code maxK}, all read off the same ranked lists (one ranking per
 * customer, truncated at each K: no retraining per K). Conventions are those of {@link PrecisionAtK} (hits / K, a
 * short list is penalised) and {@link RecallAtK} (hits / all relevant items). Customers without a relevant item
 * must not be passed (they are counted apart by the caller).
 */
public final class PrecisionRecallCurve {
    private PrecisionRecallCurve() {
    }

    /** {@code precision[k-1]} and {@code recall[k-1]} are the means over customers at cut-off k. */
    public record Curve(double[] precision, double[] recall) {
        public int maxK() {
            return precision.length;
        }
    }

    public static Curve of(int[][] lists, int[][] relevantSorted, int maxK) {
        if (maxK <= 0) {
            throw new IllegalArgumentException("K must be positive, was " + maxK);
        }
        double[] precision = new double[maxK];
        double[] recall = new double[maxK];
        int n = lists.length;
        for (int u = 0; u < n; u++) {
            int[] list = lists[u];
            int[] rel = relevantSorted[u];
            int hits = 0;
            for (int k = 1; k <= maxK; k++) {
                if (k <= list.length && ListMetric.isRelevant(list[k - 1], rel)) {
                    hits++;
                }
                precision[k - 1] += hits / (double) k;
                recall[k - 1] += rel.length == 0 ? 0 : hits / (double) rel.length;
            }
        }
        for (int k = 0; k < maxK && n > 0; k++) {
            precision[k] /= n;
            recall[k] /= n;
        }
        return new Curve(precision, recall);
    }
}
