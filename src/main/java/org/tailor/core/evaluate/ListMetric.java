package org.tailor.core.evaluate;

/**
 * A metric of one customer's ranked list. Callers leave out customers with no relevant test item (they are
 * counted apart), so {@code relevantSorted} is never empty here.
 *
 * <p>Every metric stays within [0, 1] for any input: an item that appears again further down a list is not a
 * second hit (only its first position counts), so a malformed list with repeats cannot score above a perfect one.
 * Readers of lists made elsewhere reject such repeats before they get here.
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

    /**
     * Hit flags of the first min(k, |ranked|) positions: a position is a hit when its item is relevant and did not
     * appear earlier in the list. Allocates O(min(k, |ranked|) + |relevant|), never O(k).
     */
    static boolean[] hits(int[] ranked, int k, int[] relevantSorted) {
        int n = Math.min(k, ranked.length);
        boolean[] hit = new boolean[n];
        boolean[] taken = new boolean[relevantSorted.length];
        for (int r = 0; r < n; r++) {
            int p = java.util.Arrays.binarySearch(relevantSorted, ranked[r]);
            if (p >= 0 && !taken[p]) {
                taken[p] = true;
                hit[r] = true;
            }
        }
        return hit;
    }
}
