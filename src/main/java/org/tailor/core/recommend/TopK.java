package org.tailor.core.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import org.tailor.core.model.ScoredItem;

/**
 * Selects the k best allowed scores with a bounded heap; ties go to the lower index. NaN scores are skipped. Memory
 * is bounded by the number of scores, whatever k is.
 */
public final class TopK {
    private TopK() {
    }

    public static List<ScoredItem> select(double[] scores, int k, IntPredicate allowed) {
        if (k <= 0) {
            return List.of();
        }
        // never more than the scores can fill: a huge k (even Integer.MAX_VALUE) allocates O(items), not O(k)
        int capacity = Math.min(k, scores.length) + 1;
        // worst at the head: lower score, or same score and higher index
        PriorityQueue<ScoredItem> heap = new PriorityQueue<>(capacity, (a, b) -> {
            int c = Double.compare(a.score(), b.score());
            return c != 0 ? c : Integer.compare(b.itemIdx(), a.itemIdx());
        });
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (Double.isNaN(s) || !allowed.test(i)) {
                continue;
            }
            if (heap.size() < k) {
                heap.add(new ScoredItem(i, s));
            } else {
                ScoredItem worst = heap.peek();
                if (s > worst.score() || (s == worst.score() && i < worst.itemIdx())) {
                    heap.poll();
                    heap.add(new ScoredItem(i, s));
                }
            }
        }
        List<ScoredItem> out = new ArrayList<>(heap);
        out.sort((a, b) -> {
            int c = Double.compare(b.score(), a.score());
            return c != 0 ? c : Integer.compare(a.itemIdx(), b.itemIdx());
        });
        return Collections.unmodifiableList(out);
    }
}
