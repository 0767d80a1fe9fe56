package org.tailor.ui.recommenders;

import java.util.List;
import java.util.Map;
import org.tailor.core.evaluate.TrainingCurve;
import org.tailor.core.evaluate.Tuner;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Recommenders screen and {@code core.recommend} / {@code core.evaluate}. Long methods (those
 * taking a {@code Progress}) run off the FX thread; a bad variant spec throws {@code IllegalArgumentException} with
 * a readable message.
 */
public interface RecommenderService {
    /** Variant names offered, in catalogue order ({@code AlgorithmCatalog.names()}). */
    List<String> variants();

    /** The variant's parameters with their defaults, read from the catalogue's description. */
    List<ParamSpec> parameters(String variant);

    /** The engine's message for a spec it cannot build, or an empty string when the spec is valid. Quick. */
    String check(String spec);

    /** Whether the variant trains in epochs (training curves are offered for it). */
    boolean isIterative(String variant);

    /**
     * Evaluates each variant spec on the workspace with the chosen split at cut-off {@code k}, and stores every
     * variant's result as a run in the workspace. Runs come back in the order of the specs.
     */
    EvaluationResult evaluate(EvaluationRequest request, Progress progress, Cancellation cancel);

    /** Every stored evaluation run of the workspace, newest first (kept across restarts). */
    List<RunRecord> runs();

    /** Training loss and validation NDCG@K per epoch, on a validation split cut from the training rows only. */
    List<TrainingCurve.Point> trainingCurve(String spec, int k, Progress progress, Cancellation cancel);

    /** Hyper-parameter search for one variant on a validation split cut from the training rows only. */
    Tuner.Result tune(String variant, int k, long seed, Progress progress, Cancellation cancel);

    /** Up to {@code limit} external customer ids, those starting with {@code prefix} (case-insensitive) first. */
    List<String> customers(String prefix, int limit);

    /** Up to {@code limit} items whose SKU or title contains {@code query} (case-insensitive), by SKU. */
    List<ItemChoice> items(String query, int limit);

    /**
     * Each variant's top-{@code k} unseen items for one customer with the reason of each recommendation, from models
     * trained on the workspace (trained on first use, kept until {@link #retrain}).
     */
    List<VariantTopK> topK(String customerId, List<String> variantSpecs, int k, Progress progress,
                           Cancellation cancel);

    /**
     * Stores a purchase of {@code sku} by the customer now, then refreshes that customer's lists without retraining
     * (fold-in or re-scoring). Variants that cannot refresh one customer are named in {@code notRefreshed}.
     */
    LiveResult addInteraction(String customerId, String sku, List<String> variantSpecs, int k);

    /** Interactions when the models in use were trained and now (both 0 before any model is trained). */
    Drift drift();

    /** Reloads the workspace and retrains the given variants (the live additions are then part of training). */
    void retrain(List<String> variantSpecs, Progress progress, Cancellation cancel);

    /** A variant parameter: name, default as text, and the allowed values when it is a choice (else empty). */
    record ParamSpec(String name, String defaultValue, List<String> choices) {
    }

    /** How the workspace's interactions are split for an evaluation. */
    enum SplitKind {
        PER_CUSTOMER_TEMPORAL, GLOBAL_TEMPORAL, LEAVE_ONE_OUT, RANDOM
    }

    record EvaluationRequest(List<String> specs, int k, SplitKind split, long seed) {
    }

    /**
     * One stored run: one variant on one split. {@code users} and {@code perUser} (metric key to values aligned
     * with users) feed confidence intervals and paired tests; {@code precisionAtK}/{@code recallAtK} hold the means
     * at K = 1..n from the same ranked lists.
     */
    record RunRecord(long id, String createdAt, String spec, String parameters, String split, long seed,
                     String dataVersion, int k, double trainSeconds, Map<String, Double> metrics, int[] users,
                     Map<String, double[]> perUser, double[] precisionAtK, double[] recallAtK) {
        /** Two runs can be paired customer by customer when they share the split and the data. */
        public boolean pairsWith(RunRecord other) {
            return split.equals(other.split) && seed == other.seed && dataVersion.equals(other.dataVersion);
        }
    }

    /**
     * Results of one evaluation: {@code split} says how the data were split (shown next to the numbers);
     * {@code customersEvaluated} had at least one relevant test item; {@code customersWithoutRelevant} were counted
     * apart.
     */
    record EvaluationResult(String split, int k, List<RunRecord> runs, int customersEvaluated,
                            int customersWithoutRelevant) {
    }

    /** An item offered when adding an interaction by hand. */
    record ItemChoice(String sku, String title) {
        @Override
        public String toString() {
            return title == null || title.isBlank() ? sku : sku + " - " + title;
        }
    }

    /** One variant's list for one customer. */
    record VariantTopK(String variant, List<Recommendation> items) {
    }

    /** The refreshed lists, how long the refresh took, and the variants that need a retrain to change. */
    record LiveResult(List<VariantTopK> lists, double millis, List<String> notRefreshed) {
    }

    /** Interaction counts behind the models in use and in the workspace now. */
    record Drift(long trainedInteractions, long currentInteractions) {
        public long added() {
            return Math.max(0, currentInteractions - trainedInteractions);
        }

        /** New interactions as a share of those the models were trained on (0 before any training). */
        public double fraction() {
            return trainedInteractions == 0 ? 0 : added() / (double) trainedInteractions;
        }
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
