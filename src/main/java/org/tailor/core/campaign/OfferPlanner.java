package org.tailor.core.campaign;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.Explanation;
import org.tailor.core.recommend.PopularityRecommender;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Chooses each target's offers with a trained variant, items already in the customer's history excluded.
 * A customer with no history (cold) gets the popularity list, with the reason "popular with everyone (no purchase
 * history yet)"; a customer for whom nothing is left gets no offer and is reported, never dropped silently.
 */
final class OfferPlanner {
    /** Offers for one customer; {@code items} empty means nothing left to offer. */
    record Offer(List<String> items, List<String> titles, String reason) {
    }

    private final InteractionMatrix matrix;
    private final InteractionMatrix history;
    private final TrainedModel model;
    private final TrainedModel popularity;
    private final Map<String, String> titles;
    private final String variantName;

    OfferPlanner(TrainingData data, Recommender variant, Map<String, String> titles, Progress progress,
                 Cancellation cancel) {
        this(data, data.matrix(), variant, titles, progress, cancel);
    }

    /**
     * @param history everything each customer has had (returns included), in the index space of {@code data}'s
     *                matrix: never offered again
     */
    OfferPlanner(TrainingData data, InteractionMatrix history, Recommender variant, Map<String, String> titles,
                 Progress progress, Cancellation cancel) {
        this.matrix = data.matrix();
        this.history = history;
        this.titles = titles;
        this.variantName = variant.name();
        this.model = variant.train(data, progress, cancel);
        this.popularity = variant instanceof PopularityRecommender ? model
                : new PopularityRecommender().train(matrix, Progress.NONE, cancel);
    }

    boolean hasItem(String customerId, String sku) {
        OptionalInt u = history.users().indexOf(customerId);
        OptionalInt i = history.items().indexOf(sku);
        return u.isPresent() && i.isPresent() && history.contains(u.getAsInt(), i.getAsInt());
    }

    Offer offer(String customerId, int topN) {
        OptionalInt u = matrix.users().indexOf(customerId);
        boolean cold = u.isEmpty() || matrix.rowLength(u.getAsInt()) == 0;
        List<ScoredItem> list;
        String reason;
        if (cold) {
            list = popularity.recommend(u.isPresent() ? u.getAsInt() : 0, topN,
                    i -> matrix.columnLength(i) > 0 && !(u.isPresent() && history.contains(u.getAsInt(), i)));
            reason = "popular with everyone (no purchase history yet)";
        } else {
            int userIdx = u.getAsInt();
            list = model.recommend(userIdx, topN, i -> !history.contains(userIdx, i));
            reason = list.isEmpty() ? "" : reason(userIdx, list);
        }
        List<String> skus = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ScoredItem s : list) {
            String sku = matrix.items().id(s.itemIdx());
            skus.add(sku);
            names.add(titles.getOrDefault(sku, sku));
        }
        return new Offer(skus, names, list.isEmpty() ? "nothing left to offer: already has every product" : reason);
    }

    private String reason(int userIdx, List<ScoredItem> list) {
        LinkedHashSet<String> because = new LinkedHashSet<>();
        boolean popular = false;
        for (ScoredItem s : list) {
            Explanation e = model.explain(userIdx, s.itemIdx());
            popular |= "popular".equals(e.kind());
            for (int idx : e.becauseItemIdx()) {
                String sku = matrix.items().id(idx);
                because.add(titles.getOrDefault(sku, sku));
            }
        }
        if (!because.isEmpty()) {
            List<String> top = new ArrayList<>(because).subList(0, Math.min(2, because.size()));
            return "bought " + String.join(" and ", top);
        }
        return popular ? "popular with everyone" : "recommended by " + variantName;
    }
}
