package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Canned lab: three variants with fixed metrics; records what was asked. */
public final class FakeRecommenderService implements RecommenderService {
    public final List<List<String>> evaluated = new ArrayList<>();
    public int lastK;

    @Override
    public List<String> variants() {
        return List.of("pop", "itemknn", "als");
    }

    @Override
    public EvaluationResult evaluate(List<String> variantSpecs, int k, Progress progress, Cancellation cancel) {
        evaluated.add(variantSpecs);
        lastK = k;
        List<VariantScores> rows = new ArrayList<>();
        double base = 0.1;
        for (String spec : variantSpecs) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("ndcg@" + k, base);
            m.put("precision@" + k, base / 2);
            m.put("recall@" + k, base * 1.5);
            m.put("hitrate@" + k, base * 3);
            m.put("coverage", 0.2 + base);
            rows.add(new VariantScores(spec, m, base * 10));
            base += 0.07;
        }
        return new EvaluationResult("per-customer temporal holdout, latest 20%", k, rows, 90, 10,
                List.of("ndcg@" + k, "precision@" + k, "recall@" + k, "hitrate@" + k, "coverage"));
    }

    @Override
    public List<String> customers(String prefix, int limit) {
        return List.of("00017", "00018", "00042");
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
}
