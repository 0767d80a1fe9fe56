package org.tailor.core.fairness;

/**
 * Item-popularity deciles 1 (least popular) to 10 (most popular) from training popularity (distinct customers).
 * Tie rule: an item's decile is {@code 1 + floor(10 * L / n)} where L is the number of items strictly less popular
 * and n the number of items, so equally popular items always share a decile (some deciles can then be empty, e.g.
 * when most items were never bought). Without ties this is the usual equal-count split.
 */
public final class PopularityDeciles {
    private PopularityDeciles() {
    }

    public static int[] of(int[] popularity) {
        int n = popularity.length;
        int[] sorted = popularity.clone();
        java.util.Arrays.sort(sorted);
        int[] decile = new int[n];
        for (int i = 0; i < n; i++) {
            int less = lowerBound(sorted, popularity[i]);
            decile[i] = 1 + (int) ((10L * less) / n);
        }
        return decile;
    }

    private static int lowerBound(int[] sorted, int v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
