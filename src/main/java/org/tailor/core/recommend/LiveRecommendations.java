package org.tailor.core.recommend;

import java.util.List;
import java.util.TreeMap;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;

/**
 * Refreshes one customer's recommendations after new interactions, without retraining: the customer's training row
 * plus the new items is scored by the model's {@link RowScorer} (ALS folds the customer in against fixed item
 * factors; kNN and EASE re-score from the row). New items unknown to the model are ignored (reported by the caller
 * as needing a retrain). Everything the customer has is excluded.
 */
public final class LiveRecommendations {
    private final TrainedModel model;
    private final RowScorer scorer;

    public LiveRecommendations(TrainedModel model) {
        if (!(model instanceof RowScorer r)) {
            throw new IllegalArgumentException("This variant cannot refresh one customer without retraining");
        }
        this.model = model;
        this.scorer = r;
    }

    public static boolean supports(TrainedModel model) {
        return model instanceof RowScorer;
    }

    /**
     * @param customerId known or new customer (external id)
     * @param newItemIds the customer's new items (external ids); unknown ones are skipped
     */
    public List<ScoredItem> refresh(String customerId, List<String> newItemIds, int k) {
        InteractionMatrix m = model.matrix();
        TreeMap<Integer, Float> row = new TreeMap<>();
        var u = m.users().indexOf(customerId);
        if (u.isPresent()) {
            int[] items = m.itemsOf(u.getAsInt());
            float[] w = m.weightsOf(u.getAsInt());
            for (int x = 0; x < items.length; x++) {
                row.put(items[x], w[x]);
            }
        }
        for (String id : newItemIds) {
            m.items().indexOf(id).ifPresent(i -> row.merge(i, 1f, Float::sum));
        }
        int[] idx = row.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] w = new float[idx.length];
        for (int x = 0; x < idx.length; x++) {
            w[x] = row.get(idx[x]);
        }
        double[] scores = new double[m.itemCount()];
        scorer.scoreRow(idx, w, scores);
        return TopK.select(scores, k, i -> !row.containsKey(i));
    }
}
