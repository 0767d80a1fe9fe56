package org.tailor.core.evaluate;

/**
 * A metric of one customer's ranked list. Callers leave out customers with no relevant test item (they are
 * counted apart), so {@code relevantSorted} is never empty here.
 */
public interface ListMetric {
    /** Display and JSON key, e.g. {@code ndcg@10}. */
    String name();

    /**
     * @param ranked         recommended item indices, best first; may be shorter than the cut-off
     * @param relevantSorted distinct relevant item indices in ascending order (non-empty)
     */
    double evaluate(int[] ranked, int[] relevantSorted);

    static boolean isRelevant(int itemIdx, int[] relevantSorted) {
        return java.util.Arrays.binarySearch(relevantSorted, itemIdx) >= 0;
    }
}
