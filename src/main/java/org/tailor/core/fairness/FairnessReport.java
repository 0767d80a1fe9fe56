package org.tailor.core.fairness;

import java.util.List;

/**
 * The fairness report. {@code exposure}: all ten deciles (1 = least popular items); shares sum to 1 when anything
 * was recommended. {@code gini}: {@link ExposureGini} over items. {@code groups}: NDCG@K per group (age bands youngest
 * first, other labels in natural order). {@code disparityRatio}: smallest group mean NDCG / largest (disparate-impact style, 1 = parity), null when
 * fewer than two groups were evaluated or the largest mean is 0. {@code split}: how the test data was made.
 */
public record FairnessReport(String variant, int k, String groupBy, String split, long totalSlots,
                             List<DecileExposure> exposure, double gini, List<GroupQuality> groups,
                             Double disparityRatio, int customersEvaluated, int customersWithoutRelevant) {
}
