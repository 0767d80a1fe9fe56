package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.RatingRow;
import org.tailor.core.evaluate.RowSplit;
import org.tailor.core.evaluate.Splitters;
import org.tailor.core.evaluate.TrainingCurve;
import org.tailor.core.evaluate.Tuner;
import org.tailor.core.model.Customer;
import org.tailor.core.model.Item;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.IterativeRecommender;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.WorkspaceVersion;

/**
 * {@link RecommenderService} over the recommender lab: evaluations by {@link LabEvaluation} kept by
 * {@link RunStore}, training curves and tuning on a validation split cut from the training rows of the default
 * (per-customer temporal) split, and per-customer lists from a {@link ModelCache} refreshed live by
 * {@link LiveSession}.
 */
public final class WorkspaceRecommenderService implements RecommenderService {
    static final double TEST_FRACTION = LabEvaluation.TEST_FRACTION;
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_]\\w*) \\(([^)]*)\\)");
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final ModelCache models;
    private final LabEvaluation lab;
    private final RunStore runs;
    private final LiveSession live;

    public WorkspaceRecommenderService(Workspace workspace, AlgorithmCatalog catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.models = new ModelCache(workspace, catalog);
        this.lab = new LabEvaluation(workspace);
        this.runs = new RunStore(workspace);
        this.live = new LiveSession(workspace, models);
    }

    @Override
    public List<String> variants() {
        return catalog.names();
    }

    /** Parameters from the catalogue's line, e.g. {@code item kNN: sim (cosine|pearson|jaccard), k (200)}. */
    @Override
    public List<ParamSpec> parameters(String variant) {
        String d = catalog.describe(variant);
        int colon = d.indexOf(':');
        List<ParamSpec> out = new ArrayList<>();
        if (colon < 0) {
            return out;
        }
        Matcher m = PARAM.matcher(d.substring(colon + 1));
        while (m.find()) {
            String def = m.group(2).trim();
            def = def.substring(def.lastIndexOf(',') + 1).trim(); // "days, 30": unit first, default last
            List<String> choices = def.contains("|") ? List.of(def.split("\\|")) : List.of();
            out.add(new ParamSpec(m.group(1), choices.isEmpty() ? def : choices.get(0), choices));
        }
        return out;
    }

    @Override
    public String check(String spec) {
        try {
            catalog.create(spec);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public boolean isIterative(String variant) {
        return catalog.create(variant) instanceof IterativeRecommender;
    }

    @Override
    public EvaluationResult evaluate(EvaluationRequest request, Progress progress, Cancellation cancel) {
        List<Recommender> recommenders = request.specs().stream().map(catalog::create).toList();
        progress.report(-1, "Reading interactions");
        String version = WorkspaceVersion.of(workspace);
        List<RatingRow> rows = lab.rows();
        cancel.check();
        EvaluationSet set = LabEvaluation.split(rows, request.split(), request.seed()).toEvaluationSet(1);
        String[] text = LabEvaluation.itemText(models.trainingData(), set.split().train());
        List<RunRecord> saved = new ArrayList<>();
        for (RunRecord r : lab.run(set, text, recommenders, request.k(), request.seed(), version, progress, cancel)) {
            saved.add(runs.save(r));
        }
        return new EvaluationResult(set.split().description(), request.k(), saved,
                set.split().testRelevant().size(), set.split().customersWithoutRelevant());
    }

    @Override
    public List<RunRecord> runs() {
        return runs.list();
    }

    /** The training rows of the default split (the test part is never used for tuning or curves). */
    private List<RatingRow> trainingRows() {
        return Splitters.perCustomerTemporal(lab.rows(), TEST_FRACTION).train();
    }

    @Override
    public List<TrainingCurve.Point> trainingCurve(String spec, int k, Progress progress, Cancellation cancel) {
        if (!(catalog.create(spec) instanceof IterativeRecommender r)) {
            throw new IllegalArgumentException("Variant " + spec + " does not train in epochs");
        }
        progress.report(-1, "Reading interactions");
        EvaluationSet validation = Splitters.perCustomerTemporal(trainingRows(), TEST_FRACTION).toEvaluationSet(1);
        return TrainingCurve.record(r, validation, k, progress, cancel);
    }

    @Override
    public Tuner.Result tune(String variant, int k, long seed, Progress progress, Cancellation cancel) {
        progress.report(-1, "Reading interactions");
        List<RatingRow> train = trainingRows();
        RowSplit all = new RowSplit(train, List.of(), "training rows");
        String[] text = LabEvaluation.itemText(models.trainingData(), all.toEvaluationSet(1).split().train());
        return new Tuner(catalog, k, 1, seed).tune(variant, train, text, "temporal", progress, cancel);
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
    public List<ItemChoice> items(String query, int limit) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<ItemChoice> out = new ArrayList<>();
        for (Item it : new ItemRepository(workspace).findAll()) {
            String title = it.title() == null ? "" : it.title();
            if (out.size() < limit && (it.externalId().toLowerCase(Locale.ROOT).contains(q)
                    || title.toLowerCase(Locale.ROOT).contains(q))) {
                out.add(new ItemChoice(it.externalId(), it.title()));
            }
        }
        return out;
    }

    @Override
    public List<VariantTopK> topK(String customerId, List<String> variantSpecs, int k, Progress progress,
                                  Cancellation cancel) {
        variantSpecs.forEach(catalog::create);
        return live.lists(customerId, variantSpecs, k, progress, cancel);
    }

    @Override
    public LiveResult addInteraction(String customerId, String sku, List<String> variantSpecs, int k) {
        variantSpecs.forEach(catalog::create);
        return live.add(customerId, sku, variantSpecs, k);
    }

    @Override
    public Drift drift() {
        return new Drift(models.trainedInteractions(), models.trainedInteractions() == 0 ? 0
                : workspace.count("interaction"));
    }

    @Override
    public void retrain(List<String> variantSpecs, Progress progress, Cancellation cancel) {
        variantSpecs.forEach(catalog::create);
        live.retrain(variantSpecs, progress, cancel);
    }

    /** Models trained so far for the per-customer lists (a cached model is not counted again). */
    int modelsTrained() {
        return models.trainings();
    }
}
