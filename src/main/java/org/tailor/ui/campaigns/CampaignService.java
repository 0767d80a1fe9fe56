package org.tailor.ui.campaigns;

import java.nio.file.Path;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Campaigns screen and {@code core.campaign}. Long methods run off the FX thread; a missing engine
 * throws {@code NotAvailableException("feature.campaigns")}.
 */
public interface CampaignService {
    /** Persona names a campaign can target (from the latest persona run), in display order. */
    List<String> personas();

    /** Recommender variants that can pick the offered items ({@code AlgorithmCatalog.names()}). */
    List<String> variants();

    /**
     * The campaign's targets: one row per customer of the persona who may be contacted, the seeded control group
     * ({@code holdoutPercent} of them, arm {@code control}, no items) and the rest (arm {@code treatment}, top-N
     * items with a one-line reason); and the customers left out, grouped by reason (opted out, no consent, ...).
     */
    CampaignPreview preview(CampaignRequest request, Progress progress, Cancellation cancel);

    /**
     * Writes the same targets as {@link #preview} to {@code out} (UTF-8 CSV with header; external customer id, arm,
     * items separated by ';', and the reason when {@code request.withReasons()}; cells starting with = + - @ escaped)
     * and returns the number of rows written.
     */
    long export(CampaignRequest request, Path out, Progress progress, Cancellation cancel);

    /** Campaign parameters; {@code holdoutPercent} in [0, 50]; {@code withReasons} adds a reason column to exports. */
    record CampaignRequest(String persona, int topN, double holdoutPercent, long seed, String variant,
                           boolean withReasons) {
        /** The same request for a file without the reason column (what a preview depends on). */
        public CampaignRequest withoutReasons() {
            return new CampaignRequest(persona, topN, holdoutPercent, seed, variant, false);
        }
    }

    record CampaignPreview(List<CampaignTarget> targets, List<Exclusion> excluded) {
    }

    /**
     * One target: external customer id, arm ({@code treatment} or {@code control}: control rows show what they would
     * have been offered and are not sent), offered SKUs with their titles (the SKU when an item has no title), reason.
     */
    record CampaignTarget(String customerId, String arm, List<String> items, List<String> titles, String reason) {
    }

    /**
     * Customers left out for one reason. {@code reason} is the engine's category ({@code opted_out},
     * {@code no_address}, {@code merged_duplicate}, {@code already_has_offer}, {@code nothing_to_offer}); the screen
     * translates it.
     */
    record Exclusion(String reason, int customers) {
    }
}
