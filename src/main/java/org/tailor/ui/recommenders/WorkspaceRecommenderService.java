package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.Experiment;
import org.tailor.core.evaluate.RatingRow;
import org.tailor.core.evaluate.Splitters;
import org.tailor.core.evaluate.VariantResult;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.Customer;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.ContentRecommender.ItemVectors;
import org.tailor.core.recommend.Explanation;
import org.tailor.core.recommend.ExplanationText;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * {@link RecommenderService} over the recommender lab. Evaluation: the workspace's purchases and events (returns
 * and cancellations left out) as implicit rows, the per-customer temporal 20% holdout of {@link Splitters}, and
 * {@link Experiment} with item text for the content variant and intra-list diversity: NDCG, precision, recall,
 * hit rate, MAP and MRR at K (means over customers with a relevant test item; relevant items never seen in
 * training stay in the relevant set and count as misses), coverage, novelty, diversity and average popularity.
 * The per-customer lists come from models trained on all the data, kept in a {@link ModelCache} per variant and
 * data version so browsing customers does not retrain.
 */
public final class WorkspaceRecommenderService implements RecommenderService {
    static final double TEST_FRACTION = 0.2;
    /** Metrics on a 0..1 scale (charted side by side); novelty (bits) and avg_popularity are only tabulated. */
    private static final List<String> UNIT_SCALE = List.of("ndcg", "precision", "recall", "hitrate", "map", "mrr",
            "coverage", "diversity");
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final ModelCache models;

    public WorkspaceRecommenderService(Workspace workspace, AlgorithmCatalog catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.models = new ModelCache(workspace, catalog);
    }

    @Override
    public List<String> variants() {
        return catalog.names();
    }

    @Override
    public EvaluationResult evaluate(List<String> variantSpecs, int k, Progress progress, Cancellation cancel) {
        List<Recommender> recommenders = variantSpecs.stream().map(catalog::create).toList();
        progress.report(-1, "Reading interactions");
        List<RatingRow> rows = new ArrayList<>();
        new InteractionRepository(workspace).forEach(x -> {
            if (!"purchase".equals(x.kind()) || x.value() > 0) {
                rows.add(new RatingRow(x.customerId(), x.sku(), Double.NaN, x.epochSeconds(), rows.size() + 1));
            }
        });
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The workspace has no interactions to evaluate on");
        }
        cancel.check();
        EvaluationSet set = Splitters.perCustomerTemporal(rows, TEST_FRACTION).toEvaluationSet(1);
        String[] text = itemText(models.trainingData(), set.split().train());
        ItemVectors features = null;
        if (text != null) {
            set = set.withItemText(text);
            features = ItemVectors.tfIdf(text, set.split().train().itemCount());
        }
        List<VariantResult> results = new Experiment(new Experiment.Options(k, false, features))
                .run(set, recommenders, progress, cancel);
        List<VariantScores> out = new ArrayList<>();
        for (int v = 0; v < results.size(); v++) {
            VariantResult r = results.get(v);
            out.add(new VariantScores(variantSpecs.get(v), new LinkedHashMap<>(r.metrics()), r.trainSeconds()));
        }
        List<String> charted = out.isEmpty() ? List.of() : out.get(0).metrics().keySet().stream()
                .filter(m -> UNIT_SCALE.contains(m.replaceAll("@\\d+$", ""))).toList();
        return new EvaluationResult(set.split().description(), k, out, set.split().testRelevant().size(),
                set.split().customersWithoutRelevant(), charted);
    }

    /** Item text by the split's item index (by SKU from the whole workspace), or null when no item has any. */
    static String[] itemText(TrainingData all, InteractionMatrix train) {
        if (!all.hasItemText()) {
            return null;
        }
        String[] out = new String[train.itemCount()];
        boolean any = false;
        for (int i = 0; i < out.length; i++) {
            OptionalInt idx = all.matrix().items().indexOf(train.items().id(i));
            out[i] = idx.isPresent() ? all.itemText()[idx.getAsInt()] : null;
            any |= out[i] != null;
        }
        return any ? out : null;
    }

    /** Models trained so far for the per-customer lists (a cached model is not counted again). */
    int modelsTrained() {
        return models.trainings();
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
        variantSpecs.forEach(catalog::create);
        List<VariantTopK> out = new ArrayList<>();
        for (int v = 0; v < variantSpecs.size(); v++) {
            cancel.check();
            int done = v;
            Progress sub = (f, m) -> progress.report((done + Math.max(0, f)) / variantSpecs.size(), m);
            ModelCache.Entry model = models.model(variantSpecs.get(v), sub, cancel);
            InteractionMatrix matrix = model.data().matrix();
            OptionalInt user = matrix.users().indexOf(customerId);
            if (user.isEmpty()) {
                throw new IllegalArgumentException("Customer " + customerId + " is not in the workspace");
            }
            List<Recommendation> items = new ArrayList<>();
            int rank = 1;
            for (ScoredItem s : model.model().recommendUnseen(user.getAsInt(), k)) {
                Explanation why = model.model().explain(user.getAsInt(), s.itemIdx());
                List<String> because = why.becauseItemIdx().stream().map(model::itemName).toList();
                items.add(new Recommendation(rank++, matrix.items().id(s.itemIdx()), model.title(s.itemIdx()),
                        s.score(), why.kind(), because, ExplanationText.sentence(why, model::itemName)));
            }
            out.add(new VariantTopK(variantSpecs.get(v), items));
            progress.report((v + 1.0) / variantSpecs.size(), null);
        }
        return out;
    }
}
