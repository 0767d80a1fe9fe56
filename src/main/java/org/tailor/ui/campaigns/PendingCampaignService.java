package org.tailor.ui.campaigns;

import java.nio.file.Path;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

/** Stands in until the campaign engine is wired: lists nothing and says "not available". */
public final class PendingCampaignService implements CampaignService {
    private final List<String> variants;

    public PendingCampaignService(List<String> variants) {
        this.variants = List.copyOf(variants);
    }

    @Override
    public List<String> personas() {
        return List.of();
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public CampaignPreview preview(CampaignRequest request, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.campaigns");
    }

    @Override
    public long export(CampaignRequest request, Path out, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.campaigns");
    }
}
