package org.tailor.core.recommend;

import java.util.ArrayList;
import java.util.List;

/** Builds an {@link Explanation} from per-item contributions: the strongest positive ones first, at most three. */
final class ItemContributions {
    static final int MAX_REASONS = 3;

    private ItemContributions() {
    }

    static Explanation explain(String kind, int[] itemIdx, double[] contribution) {
        Integer[] order = new Integer[itemIdx.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(contribution[b], contribution[a]);
            return c != 0 ? c : Integer.compare(itemIdx[a], itemIdx[b]);
        });
        List<Integer> items = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Integer o : order) {
            if (items.size() == MAX_REASONS || !(contribution[o] > 0)) {
                break;
            }
            items.add(itemIdx[o]);
            values.add(contribution[o]);
        }
        return new Explanation(kind, List.copyOf(items), List.copyOf(values));
    }
}
