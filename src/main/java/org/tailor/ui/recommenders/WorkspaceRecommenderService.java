package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.tailor.core.evaluate.ListMetric;
import org.tailor.core.evaluate.NdcgAtK;
import org.tailor.core.evaluate.Split;
import org.tailor.core.evaluate.TemporalHoldout;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.WorkspaceMatrix;
import org.tailor.core.model.Customer;
import org.tailor.core.model.Interaction;
import org.tailor.core.model.Item;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.Explanation;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * {@link RecommenderService} over the workspace with the foundation: {@link AlgorithmCatalog} variants, a
 * per-customer {@link TemporalHoldout} of 20%, and the metrics {@code metricsAtK} gives (NDCG@K until the
 * evaluation package adds more). Metric values are means over customers with at least one relevant test item.
 */
public final class WorkspaceRecommenderService implements RecommenderService {
    static final double TEST_FRACTION = 0.2;
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final IntFunction<List<ListMetric>> metricsAtK;

    public WorkspaceRecommenderService(Workspace workspace, AlgorithmCatalog catalog) {
        this(workspace, catalog, k -> List.of(new NdcgAtK(k)));
    }

    public WorkspaceRecommenderService(Workspace workspace, AlgorithmCatalog catalog,
                                       IntFunction<List<ListMetric>> metricsAtK) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.metricsAtK = metricsAtK;
    }

    @Override
    public List<String> variants() {
        return catalog.names();
    }

    @Override
    public EvaluationResult evaluate(List<String> variantSpecs, int k, Progress progress, Cancellation cancel) {
        List<Recommender> recommenders = variantSpecs.stream().map(catalog::create).toList();
        progress.report(-1, "Reading interactions");
        List<Interaction> all = new ArrayList<>();
        new InteractionRepository(workspace).forEach(all::add);
        cancel.check();
        Split split = new TemporalHoldout(TEST_FRACTION).split(all);
        List<ListMetric> metrics = metricsAtK.apply(k);
        List<VariantScores> rows = new ArrayList<>();
        for (int v = 0; v < recommenders.size(); v++) {
            cancel.check();
            int done = v;
            Progress sub = (f, m) -> progress.report((done + Math.max(0, f) * 0.5) / recommenders.size(), m);
            long start = System.nanoTime();
            TrainedModel model = recommenders.get(v).train(split.train(), sub, cancel);
            double seconds = (System.nanoTime() - start) / 1e9;
            rows.add(new VariantScores(variantSpecs.get(v), score(model, split, metrics, k, cancel), seconds));
            progress.report((v + 1.0) / recommenders.size(), "Evaluated " + variantSpecs.get(v));
        }
        return new EvaluationResult(split.description(), k, rows, split.testRelevant().size(),
                split.customersWithoutRelevant());
    }

    private static Map<String, Double> score(TrainedModel model, Split split, List<ListMetric> metrics, int k,
                                             Cancellation cancel) {
        double[] sums = new double[metrics.size()];
        int n = 0;
        for (Map.Entry<Integer, int[]> e : split.testRelevant().entrySet()) {
            if ((n & 255) == 0) {
                cancel.check();
            }
            int[] ranked = model.recommendUnseen(e.getKey(), k).stream().mapToInt(ScoredItem::itemIdx).toArray();
            for (int m = 0; m < metrics.size(); m++) {
                sums[m] += metrics.get(m).evaluate(ranked, e.getValue());
            }
            n++;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int m = 0; m < metrics.size(); m++) {
            out.put(metrics.get(m).name(), n == 0 ? 0.0 : sums[m] / n);
        }
        return out;
    }

    @Override
    public List<String> customers(String prefix, int limit) {
        String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (Customer c : new CustomerRepository(workspace).findAll()) {
            (c.externalId().toLowerCase(Locale.ROOT).startsWith(p) ? first : rest).add(c.externalId());
        }
        first.addAll(p.isEmpty() ? List.of() : rest);
        return first.subList(0, Math.min(limit, first.size()));
    }

    @Override
    public List<VariantTopK> topK(String customerId, List<String> variantSpecs, int k, Progress progress,
                                  Cancellation cancel) {
        List<Recommender> recommenders = variantSpecs.stream().map(catalog::create).toList();
        InteractionMatrix matrix = WorkspaceMatrix.load(workspace);
        OptionalInt user = matrix.users().indexOf(customerId);
        if (user.isEmpty()) {
            throw new IllegalArgumentException("Customer " + customerId + " is not in the workspace");
        }
        Map<String, String> titles = new HashMap<>();
        for (Item item : new ItemRepository(workspace).findAll()) {
            titles.put(item.externalId(), item.title());
        }
        List<VariantTopK> out = new ArrayList<>();
        for (int v = 0; v < recommenders.size(); v++) {
            cancel.check();
            TrainedModel model = recommenders.get(v).train(matrix, Progress.NONE, cancel);
            List<Recommendation> items = new ArrayList<>();
            int rank = 1;
            for (ScoredItem s : model.recommendUnseen(user.getAsInt(), k)) {
                String sku = matrix.items().id(s.itemIdx());
                Explanation why = model.explain(user.getAsInt(), s.itemIdx());
                List<String> because = why.becauseItemIdx().stream().map(i -> {
                    String id = matrix.items().id(i);
                    return titles.getOrDefault(id, id) == null ? id : titles.getOrDefault(id, id);
                }).toList();
                items.add(new Recommendation(rank++, sku, titles.get(sku), s.score(), why.kind(), because));
            }
            out.add(new VariantTopK(variantSpecs.get(v), items));
            progress.report((v + 1.0) / recommenders.size(), null);
        }
        return out;
    }
}
