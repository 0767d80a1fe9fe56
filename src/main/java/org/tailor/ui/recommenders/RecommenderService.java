package org.tailor.ui.recommenders;

import java.util.List;
import java.util.Map;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Recommenders screen and {@code core.recommend} / {@code core.evaluate}. Long methods run off the
 * FX thread; a bad variant spec throws {@code IllegalArgumentException} with a readable message.
 */
public interface RecommenderService {
    /** Variant names offered, in catalogue order ({@code AlgorithmCatalog.names()}). */
    List<String> variants();

    /**
     * Evaluates each variant spec ({@code name} or {@code name:param=value,...}) on the workspace with the honest
     * protocol (per-customer temporal holdout, full ranking over unseen items) at cut-off {@code k}. Returns one row
     * per spec, in the given order; every row has the same metric keys, in display order (e.g. {@code ndcg@10}).
     */
    EvaluationResult evaluate(List<String> variantSpecs, int k, Progress progress, Cancellation cancel);

    /** Up to {@code limit} external customer ids, those starting with {@code prefix} (case-insensitive) first. */
    List<String> customers(String prefix, int limit);

    /**
     * Each variant's top-{@code k} unseen items for one customer, trained on all of the workspace's interactions,
     * with the reason of each recommendation.
     */
    List<VariantTopK> topK(String customerId, List<String> variantSpecs, int k, Progress progress,
                           Cancellation cancel);

    /**
     * Results of one evaluation: {@code split} says how the data were split (shown next to the numbers);
     * {@code customersEvaluated} had at least one relevant test item; {@code customersWithoutRelevant} were counted
     * apart; {@code chartMetrics} are the metric keys on a 0..1 scale that can share one chart axis.
     */
    record EvaluationResult(String split, int k, List<VariantScores> rows, int customersEvaluated,
                            int customersWithoutRelevant, List<String> chartMetrics) {
    }

    /** One variant's metrics (ordered map, key to mean value) and its training time in seconds. */
    record VariantScores(String variant, Map<String, Double> metrics, double trainSeconds) {
    }

    /** One variant's list for one customer. */
    record VariantTopK(String variant, List<Recommendation> items) {
    }

    /**
     * One recommended item: rank (1-based), SKU, title (may be null), score, the reason kind ({@code popular},
     * {@code similar-items}, {@code similar-customers}, {@code similar-content}, {@code factors}, {@code none}), the
     * titles (or SKUs) of the customer's items behind it, strongest first, and the engine's English sentence for it
     * ({@code ExplanationText}).
     */
    record Recommendation(int rank, String sku, String title, double score, String reasonKind,
                          List<String> because, String reasonText) {
    }
}
