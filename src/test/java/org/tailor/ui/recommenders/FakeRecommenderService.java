package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.evaluate.TrainingCurve;
import org.tailor.core.evaluate.Tuner;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Canned lab: three variants; an evaluation gives each spec four customers with fixed per-customer NDCG
 * (variant v: {0, 1, 0.5, 0.5} plus 0.1 v) and precision; records what was asked.
 */
public final class FakeRecommenderService implements RecommenderService {
    public final List<EvaluationRequest> evaluated = new ArrayList<>();
    public final List<String> added = new ArrayList<>();
    public final List<RunRecord> stored = new ArrayList<>();
    public int retrains;
    private long nextId = 1;
    private long interactions = 100;

    @Override
    public List<String> variants() {
        return List.of("pop", "itemknn", "als");
    }

    @Override
    public List<ParamSpec> parameters(String variant) {
        return switch (variant) {
            case "itemknn" -> List.of(new ParamSpec("sim", "cosine", List.of("cosine", "pearson")),
                    new ParamSpec("k", "200", List.of()));
            case "als" -> List.of(new ParamSpec("factors", "64", List.of()), new ParamSpec("lambda", "10", List.of()),
                    new ParamSpec("alpha", "1.5", List.of()));
            default -> List.of();
        };
    }

    @Override
    public String check(String spec) {
        return spec.contains("factors=0") ? "Parameter factors=0 of variant als must be positive" : "";
    }

    @Override
    public boolean isIterative(String variant) {
        return variant.equals("als");
    }

    @Override
    public EvaluationResult evaluate(EvaluationRequest request, Progress progress, Cancellation cancel) {
        evaluated.add(request);
        int k = request.k();
        List<RunRecord> runs = new ArrayList<>();
        for (int v = 0; v < request.specs().size(); v++) {
            double[] ndcg = {0.1 * v, 1, 0.5 + 0.1 * v, 0.5 + 0.1 * v};
            double[] precision = {0, 0.5, 0.5, 0.25 * v};
            Map<String, double[]> perUser = new LinkedHashMap<>();
            perUser.put("ndcg@" + k, ndcg);
            perUser.put("precision@" + k, precision);
            Map<String, Double> means = new LinkedHashMap<>();
            means.put("ndcg@" + k, mean(ndcg));
            means.put("precision@" + k, mean(precision));
            means.put("coverage", 0.2 + 0.1 * v);
            RunRecord r = new RunRecord(nextId++, "2026-01-0" + (v + 1), request.specs().get(v), "{}",
                    "per-customer temporal", request.seed(), "v1", k, 0.5 + v, means, new int[] {0, 1, 2, 3}, perUser,
                    new double[] {0.5, 0.25}, new double[] {0.25, 0.5});
            runs.add(r);
            stored.add(0, r);
        }
        return new EvaluationResult("per-customer temporal holdout, latest 20%", k, runs, 4, 1);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    @Override
    public List<RunRecord> runs() {
        return List.copyOf(stored);
    }

    @Override
    public List<TrainingCurve.Point> trainingCurve(String spec, int k, Progress progress, Cancellation cancel) {
        return List.of(new TrainingCurve.Point(1, 9.0, 0.10), new TrainingCurve.Point(2, 6.0, 0.15),
                new TrainingCurve.Point(3, 5.0, 0.14));
    }

    @Override
    public Tuner.Result tune(String variant, int k, long seed, Progress progress, Cancellation cancel) {
        return new Tuner.Result(variant, "per-customer temporal (cut from the training file)", "grid of 2",
                List.of(new Tuner.Trial(variant + ":factors=32", 0.12, 1.0),
                        new Tuner.Trial(variant + ":factors=128,lambda=1", 0.16, 2.0)),
                variant + ":factors=128,lambda=1");
    }

    @Override
    public List<String> customers(String prefix, int limit) {
        return List.of("00017", "00018", "00042");
    }

    @Override
    public List<ItemChoice> items(String query, int limit) {
        List<ItemChoice> all = List.of(new ItemChoice("85123A", "White hanging heart"),
                new ItemChoice("71053", "White metal lantern"), new ItemChoice("22752", "Set of 7 babushka dolls"));
        return all.stream().filter(i -> i.toString().toLowerCase().contains(query.toLowerCase())).toList();
    }

    @Override
    public List<VariantTopK> topK(String customerId, List<String> variantSpecs, int k, Progress progress,
                                  Cancellation cancel) {
        List<VariantTopK> out = new ArrayList<>();
        for (String spec : variantSpecs) {
            out.add(new VariantTopK(spec, List.of(
                    new Recommendation(1, "85123A", "White hanging heart", 0.91, "similar-items",
                            List.of("Red lantern", "Glass jar"),
                            "you bought Red lantern and Glass jar; customers who bought them also bought this"),
                    new Recommendation(2, "71053", null, 0.5, "popular", List.of(), "popular with many customers"))));
        }
        return out;
    }

    @Override
    public LiveResult addInteraction(String customerId, String sku, List<String> variantSpecs, int k) {
        added.add(customerId + "/" + sku);
        interactions += 10;
        List<VariantTopK> lists = variantSpecs.stream().map(s -> new VariantTopK(s, List.of(
                new Recommendation(1, "22752", "Set of 7 babushka dolls", 0.7, "live", List.of(sku),
                        "refreshed from the latest purchases: " + sku)))).toList();
        return new LiveResult(lists, 2.5, variantSpecs.contains("pop") ? List.of("pop") : List.of());
    }

    @Override
    public Drift drift() {
        return new Drift(100, interactions);
    }

    @Override
    public void retrain(List<String> variantSpecs, Progress progress, Cancellation cancel) {
        retrains++;
        interactions = 100;
    }
}
