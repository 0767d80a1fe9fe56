package org.tailor.ui.campaigns;

import java.nio.file.Path;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Canned campaign: two treatment rows, one control row, two exclusion reasons. */
public class FakeCampaignService implements CampaignService {
    public CampaignRequest lastRequest;
    public Path exportedTo;

    @Override
    public List<String> personas() {
        return List.of("Loyal big spenders", "New browsers");
    }

    @Override
    public List<String> variants() {
        return List.of("pop", "als");
    }

    @Override
    public CampaignPreview preview(CampaignRequest request, Progress progress, Cancellation cancel) {
        lastRequest = request;
        return new CampaignPreview(List.of(
                new CampaignTarget("00017", "treatment", List.of("85123A", "71053"),
                        List.of("White hanging heart", "71053"), "bought Red lantern"),
                new CampaignTarget("00042", "treatment", List.of("22423"), List.of("Regency cakestand"), "popular"),
                new CampaignTarget("00101", "control", List.of("22423"), List.of("Regency cakestand"), "")),
                List.of(new Exclusion("opted_out", 4), new Exclusion("nothing_to_offer", 2)));
    }

    @Override
    public long export(CampaignRequest request, Path out, Progress progress, Cancellation cancel) {
        lastRequest = request;
        exportedTo = out;
        return 3;
    }
}
