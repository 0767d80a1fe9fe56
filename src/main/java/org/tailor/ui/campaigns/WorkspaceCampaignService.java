package org.tailor.ui.campaigns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tailor.core.campaign.Audience;
import org.tailor.core.campaign.CampaignParams;
import org.tailor.core.campaign.Channel;
import org.tailor.core.persona.Persona;
import org.tailor.core.persona.PersonaService;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.WorkspaceVersion;

/**
 * {@link CampaignService} over {@link org.tailor.core.campaign.CampaignService}: the audience is a persona of the
 * latest persona run, the channel is "any" (opted-out and unsubscribed customers are left out). The export writes
 * the previewed targets through the engine's formula-safe CSV writer and stores the campaign in the workspace; a
 * preview of the same request on the same data and persona run is reused, so the file holds what was shown.
 */
public final class WorkspaceCampaignService implements CampaignService {
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final org.tailor.core.campaign.CampaignService engine;
    private final PersonaService personas = new PersonaService();
    private Cached cached;

    private record Cached(CampaignRequest request, String version, org.tailor.core.campaign.CampaignPreview preview) {
    }

    public WorkspaceCampaignService(Workspace workspace, AlgorithmCatalog catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.engine = new org.tailor.core.campaign.CampaignService(catalog);
    }

    @Override
    public List<String> personas() {
        return personas.latest(workspace).map(r -> r.personas().stream().map(Persona::name).toList())
                .orElse(List.of());
    }

    @Override
    public List<String> variants() {
        return catalog.names();
    }

    @Override
    public CampaignPreview preview(CampaignRequest request, Progress progress, Cancellation cancel) {
        org.tailor.core.campaign.CampaignPreview p = enginePreview(request, progress, cancel);
        List<CampaignTarget> targets = p.targets().stream().map(t -> new CampaignTarget(t.customerId(), t.arm(),
                t.items(), t.titles(), t.reason())).toList();
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        p.exclusions().forEach(e -> byCategory.merge(e.category(), 1, Integer::sum));
        List<Exclusion> excluded = new ArrayList<>();
        byCategory.forEach((category, n) -> excluded.add(new Exclusion(category, n)));
        return new CampaignPreview(targets, excluded);
    }

    @Override
    public long export(CampaignRequest request, Path out, Progress progress, Cancellation cancel) {
        org.tailor.core.campaign.CampaignPreview p = enginePreview(request, progress, cancel);
        cancel.check();
        engine.export(workspace, p, out, request.withReasons());
        return p.targets().size();
    }

    private synchronized org.tailor.core.campaign.CampaignPreview enginePreview(CampaignRequest request,
                                                                              Progress progress, Cancellation cancel) {
        String version = WorkspaceVersion.of(workspace) + ";persona_runs=" + workspace.count("persona_run");
        CampaignRequest key = request.withReasons() ? request.withoutReasons() : request;
        if (cached != null && cached.request().equals(key) && Objects.equals(cached.version(), version)) {
            return cached.preview();
        }
        CampaignParams params = new CampaignParams("campaign " + request.persona(),
                Audience.persona(request.persona()), request.topN(), request.holdoutPercent(), request.seed(),
                request.variant(), Channel.ANY, null);
        org.tailor.core.campaign.CampaignPreview p = engine.preview(workspace, params, progress, cancel);
        cached = new Cached(key, version, p);
        return p;
    }
}
