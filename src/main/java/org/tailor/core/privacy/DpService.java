package org.tailor.core.privacy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tailor.core.store.Workspace;

/** DP releases over the customer table, booked in the workspace budget. */
public final class DpService {
    /**
     * Noisy number of customers per value of {@code column} (a missing value is the bin "none"). The query key is
     * "histogram:COLUMN", so asking again re-shows the stored release unless {@code refresh}. The bins are the values
     * present in the data; when the set of values is itself sensitive, generalise the column first.
     * An unknown column (one no customer has a value in) is refused before any budget is spent.
     */
    public DpRelease segmentHistogram(Workspace ws, String column, double epsilon, long seed, boolean refresh) {
        List<QuasiRecord> records = CustomerRecords.load(ws);
        // Validated before the budget is touched: an unknown column must cost nothing.
        new QuasiColumns(records).require(column, "histogram column");
        String query = "histogram:" + column.trim();
        return new PrivacyBudget(ws).release(query, epsilon, refresh, () -> {
            Map<String, Long> counts = new TreeMap<>();
            for (QuasiRecord r : records) {
                String v = r.values().get(column.trim());
                counts.merge(v == null || v.isBlank() ? "none" : v.trim(), 1L, Long::sum);
            }
            return new DpHistogram().release(query, counts, epsilon, seed);
        });
    }
}
