package org.tailor.core.persona;

import java.time.LocalDate;
import java.util.List;

/**
 * Features of every customer with at least one interaction, the reference date used for recency, the category
 * columns (most frequent categories first, at most {@link FeatureExtractor#MAX_CATEGORIES}), and how many customers
 * had no interaction at all (they get no features and are counted here, not dropped silently), and how many
 * interactions were ignored because they are dated after the reference date (future-dated rows).
 */
public record FeatureTable(LocalDate referenceDate, List<String> categories, List<CustomerFeatures> rows,
                           int customersWithoutActivity, int ignoredAfterReference) {
    public FeatureTable(LocalDate referenceDate, List<String> categories, List<CustomerFeatures> rows,
                        int customersWithoutActivity) {
        this(referenceDate, categories, rows, customersWithoutActivity, 0);
    }
}
