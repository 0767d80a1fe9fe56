package org.tailor.core.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign before (or as) it is exported: the targets in customer-id order, every excluded customer with a
 * reason, and the accounting that ties them together: audience = exported + every exclusion. {@code notes} are
 * sentences the user must read with the list (e.g. that consent could not be checked).
 */
public record CampaignPreview(CampaignParams params, int audienceSize, List<CampaignTarget> targets,
                              List<Exclusion> exclusions, String variantUsed, List<String> notes) {
    public CampaignPreview {
        notes = List.copyOf(notes);
    }

    /** A preview without notes. */
    public CampaignPreview(CampaignParams params, int audienceSize, List<CampaignTarget> targets,
                           List<Exclusion> exclusions, String variantUsed) {
        this(params, audienceSize, targets, exclusions, variantUsed, List.of());
    }

    /** audience, exported, treatment, control, then one count per exclusion category (all categories listed). */
    public Map<String, Integer> accounting() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("audience", audienceSize);
        m.put("exported", targets.size());
        m.put("treatment", (int) targets.stream().filter(t -> t.arm().equals(CampaignTarget.TREATMENT)).count());
        m.put("control", (int) targets.stream().filter(t -> t.arm().equals(CampaignTarget.CONTROL)).count());
        for (String c : List.of(Exclusion.MERGED, Exclusion.OPTED_OUT, Exclusion.NO_CONSENT, Exclusion.NO_ADDRESS,
                Exclusion.INVALID_ADDRESS, Exclusion.HAS_OFFER, Exclusion.NOTHING_TO_OFFER)) {
            m.put(c, (int) exclusions.stream().filter(e -> e.category().equals(c)).count());
        }
        return m;
    }
}
