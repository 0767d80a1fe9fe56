package org.tailor.ui.personas;

import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Personas screen and {@code core.persona} (RFM + seeded k-means). Runs off the FX thread.
 * A missing engine throws {@code NotAvailableException("feature.personas")}.
 */
public interface PersonaService {
    /**
     * Clusters the workspace's customers into {@code k} personas with the given seed. Returns every persona
     * (largest first) with its members, and the customer count per RFM segment (segments in display order).
     */
    PersonaResult compute(int k, long seed, Progress progress, Cancellation cancel);

    /**
     * Personas and RFM segment counts, with what made them: k, seed, the date recency is counted to (ISO) and how
     * many customers had no purchase (they belong to no persona).
     */
    record PersonaResult(List<PersonaSummary> personas, List<SegmentCount> rfmSegments, int k, long seed,
                         String referenceDate, int customersWithoutActivity) {
    }

    /**
     * One persona: readable name, number of customers, mean spend per customer (money), mean recency in days
     * since the last purchase, and its members.
     */
    record PersonaSummary(String name, int size, double averageSpend, double averageRecencyDays,
                          List<PersonaMember> members) {
    }

    /** A member: external customer id, recency (days), number of orders, total spend, RFM segment name. */
    record PersonaMember(String customerId, double recencyDays, int frequency, double spend, String rfmSegment) {
    }

    /** Number of customers in one RFM segment (e.g. "Champions"). */
    record SegmentCount(String segment, int customers) {
    }
}
