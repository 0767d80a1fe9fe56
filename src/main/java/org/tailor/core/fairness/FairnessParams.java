package org.tailor.core.fairness;

/**
 * A fairness run: recommender variant (catalogue spec), customer column or attribute to group by ({@code age} is
 * grouped into age bands), list length K, and the per-customer temporal test fraction (default 0.2).
 */
public record FairnessParams(String variant, String groupBy, int k, double testFraction) {
    public FairnessParams {
        if (k < 1) {
            throw new IllegalArgumentException("K must be at least 1, was " + k);
        }
        if (groupBy == null || groupBy.isBlank()) {
            throw new IllegalArgumentException("Choose a customer column to group by, e.g. gender or age");
        }
    }
}
