package org.tailor.core.persona;

import java.time.LocalDate;
import java.util.List;

/**
 * Features of every customer with at least one interaction, the reference date used for recency, the category
 * columns (most frequent categories first, at most {@link FeatureExtractor#MAX_CATEGORIES}), and how many customers
 * had no interaction at all (they get no features and are counted here, not dropped silently).
 */
public record FeatureTable(LocalDate referenceDate, List<String> categories, List<CustomerFeatures> rows,
                           int customersWithoutActivity) {
}
