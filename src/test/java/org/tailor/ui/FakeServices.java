package org.tailor.ui;

import org.tailor.ui.campaigns.FakeCampaignService;
import org.tailor.ui.data.FakeDataService;
import org.tailor.ui.fairness.FakeFairnessService;
import org.tailor.ui.personas.FakePersonaService;
import org.tailor.ui.privacy.FakePrivacyService;
import org.tailor.ui.recommenders.FakeRecommenderService;

/** Every seam faked with canned values, for TestFX tests and snapshots. */
public final class FakeServices {
    public final FakeDataService data = new FakeDataService();
    public final FakePersonaService personas = new FakePersonaService();
    public final FakeRecommenderService recommenders = new FakeRecommenderService();
    public final FakeCampaignService campaigns = new FakeCampaignService();
    public final FakePrivacyService privacy = new FakePrivacyService();
    public final FakeFairnessService fairness = new FakeFairnessService();
    public int sampleImports;

    public Services services() {
        return new Services((progress, cancel) -> {
            sampleImports++;
            progress.report(0.5, "Sample half way");
            return new SampleImporter.Result(4, 7, 12);
        }, data, personas, recommenders, campaigns, privacy, fairness);
    }
}
