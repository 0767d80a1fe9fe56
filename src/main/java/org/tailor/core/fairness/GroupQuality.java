package org.tailor.core.fairness;

/**
 * Recommendation quality for one customer group: customers evaluated (with something relevant in test), their
 * mean NDCG@K, and customers of the group left out because nothing relevant was in their test part.
 */
public record GroupQuality(String group, int customers, double meanNdcg, int withoutRelevant) {
}
