package org.tailor.ui;

import org.tailor.ui.campaigns.CampaignService;
import org.tailor.ui.data.DataService;
import org.tailor.ui.fairness.FairnessService;
import org.tailor.ui.personas.PersonaService;
import org.tailor.ui.privacy.PrivacyService;
import org.tailor.ui.recommenders.RecommenderService;

/** Every engine seam the screens use, built once by {@link AppContext} (real) or by tests (fakes). */
public record Services(SampleImporter sampleImporter, DataService data, PersonaService personas,
                       RecommenderService recommenders, CampaignService campaigns, PrivacyService privacy,
                       FairnessService fairness) {
}
