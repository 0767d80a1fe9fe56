package org.tailor.ui.fairness;

import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Fairness screen and {@code core.fairness}. Runs off the FX thread; a missing engine throws
 * {@code NotAvailableException("feature.fairness")}.
 */
public interface FairnessService {
    /** Recommender variants to audit ({@code AlgorithmCatalog.names()}). */
    List<String> variants();

    /** Customer attributes to group by (e.g. {@code gender}, {@code age band}, {@code occupation}). */
    List<String> groupAttributes();

    /**
     * Trains {@code variant} with the evaluation protocol and reports: the share of all top-{@code k} slots that
     * went to items of each popularity decile (decile 1 = least popular 10% of items; ten rows, shares sum to 1),
     * NDCG@k per customer group with the group's size, and min/max of the group NDCGs (1 = parity; NaN when fewer
     * than two groups were evaluated or every group scored 0).
     */
    FairnessResult compute(String variant, String groupAttribute, int k, Progress progress, Cancellation cancel);

    record FairnessResult(List<DecileExposure> exposure, List<GroupQuality> groups, double minMaxRatio,
                          String description) {
    }

    /** Share of recommendation slots given to items of one popularity decile (1..10). */
    record DecileExposure(int decile, double share) {
    }

    /** NDCG@k of one group of customers; {@code customers} = how many were evaluated. */
    record GroupQuality(String group, int customers, double ndcg) {
    }
}
