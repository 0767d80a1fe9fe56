package org.tailor.ui.recommenders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.Explanation;
import org.tailor.core.recommend.ExplanationText;
import org.tailor.core.recommend.LiveRecommendations;
import org.tailor.core.store.BatchWriter;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.recommenders.RecommenderService.LiveResult;
import org.tailor.ui.recommenders.RecommenderService.Recommendation;
import org.tailor.ui.recommenders.RecommenderService.VariantTopK;

/**
 * Per-customer lists from the cached models, and interactions typed in by the marketer: stored in the workspace
 * at once (so they persist), remembered per customer until the next retrain, and folded into that customer's lists
 * without retraining ({@link LiveRecommendations}: ALS fold-in, kNN and EASE re-scoring).
 */
final class LiveSession {
    static final String REASON_LIVE = "live";
    private final Workspace workspace;
    private final ModelCache models;
    private final Map<String, List<String>> added = new HashMap<>();

    LiveSession(Workspace workspace, ModelCache models) {
        this.workspace = workspace;
        this.models = models;
    }

    List<VariantTopK> lists(String customerId, List<String> specs, int k, Progress progress, Cancellation cancel) {
        List<VariantTopK> out = new ArrayList<>();
        for (int v = 0; v < specs.size(); v++) {
            cancel.check();
            int done = v;
            Progress sub = (f, m) -> progress.report((done + Math.max(0, f)) / specs.size(), m);
            out.add(list(customerId, specs.get(v), models.model(specs.get(v), sub, cancel), k));
            progress.report((v + 1.0) / specs.size(), null);
        }
        return out;
    }

    /** Stores a purchase now, then refreshes each variant's list for the customer; the time covers the refresh. */
    LiveResult add(String customerId, String sku, List<String> specs, int k) {
        long now = Instant.now().getEpochSecond();
        workspace.inTransaction(c -> {
            try (BatchWriter w = new BatchWriter(workspace, null)) {
                return w.interaction(customerId, sku, "purchase", 1.0, null, now, "typed-in-" + now);
            }
        });
        synchronized (this) {
            added.computeIfAbsent(customerId, x -> new ArrayList<>()).add(sku);
        }
        List<ModelCache.Entry> entries = new ArrayList<>();
        for (String spec : specs) {
            entries.add(models.model(spec, Progress.NONE, Cancellation.NONE));
        }
        long t0 = System.nanoTime();
        List<VariantTopK> lists = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (int v = 0; v < specs.size(); v++) {
            if (!LiveRecommendations.supports(entries.get(v).model())) {
                stale.add(specs.get(v));
            }
            lists.add(list(customerId, specs.get(v), entries.get(v), k));
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        return new LiveResult(lists, millis, stale);
    }

    /**
     * The customer's items the model has not seen: typed in here, or arrived since training by an import. They are
     * folded into the customer's list without retraining.
     */
    private List<String> newSinceTraining(String customerId, InteractionMatrix matrix, OptionalInt user) {
        List<String> extra;
        synchronized (this) {
            extra = new ArrayList<>(added.getOrDefault(customerId, List.of()));
        }
        for (String sku : new InteractionRepository(workspace).skusOf(customerId)) {
            OptionalInt item = matrix.items().indexOf(sku);
            boolean known = user.isPresent() && item.isPresent() && matrix.contains(user.getAsInt(), item.getAsInt());
            if (!known && !extra.contains(sku)) {
                extra.add(sku);
            }
        }
        return extra;
    }

    void retrain(List<String> specs, Progress progress, Cancellation cancel) {
        models.reload();
        synchronized (this) {
            added.clear();
        }
        for (int v = 0; v < specs.size(); v++) {
            int done = v;
            models.model(specs.get(v), (f, m) -> progress.report((done + Math.max(0, f)) / specs.size(), m), cancel);
        }
        progress.report(1, null);
    }

    private VariantTopK list(String customerId, String spec, ModelCache.Entry model, int k) {
        InteractionMatrix matrix = model.data().matrix();
        OptionalInt user = matrix.users().indexOf(customerId);
        List<String> extra = newSinceTraining(customerId, matrix, user);
        boolean live = !extra.isEmpty() && LiveRecommendations.supports(model.model());
        if (user.isEmpty() && !live) {
            throw new IllegalArgumentException("Customer " + customerId + " is not in the workspace");
        }
        List<ScoredItem> top = live ? new LiveRecommendations(model.model()).refresh(customerId, extra, k)
                : model.model().recommendUnseen(user.getAsInt(), k);
        List<Recommendation> items = new ArrayList<>();
        int rank = 1;
        for (ScoredItem s : top) {
            Explanation why = user.isPresent() ? model.model().explain(user.getAsInt(), s.itemIdx())
                    : Explanation.none();
            List<String> because = new ArrayList<>(why.becauseItemIdx().stream().map(model::itemName).toList());
            String kind = why.kind();
            String text = ExplanationText.sentence(why, model::itemName);
            if (live && because.isEmpty() && !"popular".equals(kind)) {
                kind = REASON_LIVE;
                extra.forEach(sku -> because.add(model.titles().getOrDefault(sku, sku)));
                text = "refreshed from the latest purchases: " + String.join(", ", because);
            }
            items.add(new Recommendation(rank++, matrix.items().id(s.itemIdx()), model.title(s.itemIdx()),
                    s.score(), kind, List.copyOf(because), text));
        }
        return new VariantTopK(spec, items);
    }
}
