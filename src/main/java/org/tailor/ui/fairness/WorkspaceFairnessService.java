package org.tailor.ui.fairness;

import java.util.ArrayList;
import java.util.List;
import org.tailor.core.fairness.FairnessParams;
import org.tailor.core.fairness.FairnessReport;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.privacy.WorkspacePrivacyService;

/**
 * {@link FairnessService} over {@link org.tailor.core.fairness.FairnessService}: per-customer temporal 20% holdout,
 * the variant trained on the rest, exposure by popularity decile and NDCG@K per customer group. Groups are the
 * customer columns and attribute keys with a value in this workspace ({@code age} is shown as age bands), the same
 * columns the Privacy screen offers, without the free-form ones that make one group per customer.
 */
public final class WorkspaceFairnessService implements FairnessService {
    static final double TEST_FRACTION = 0.2;
    private static final List<String> NOT_GROUPS = List.of("age", "zip", "city");
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final WorkspacePrivacyService columns;

    public WorkspaceFairnessService(Workspace workspace, AlgorithmCatalog catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
        this.columns = new WorkspacePrivacyService(workspace);
    }

    @Override
    public List<String> variants() {
        return catalog.names();
    }

    @Override
    public List<String> groupAttributes() {
        List<String> out = new ArrayList<>(columns.quasiIdentifierCandidates());
        out.removeAll(NOT_GROUPS);
        return out;
    }

    @Override
    public FairnessResult compute(String variant, String groupAttribute, int k, Progress progress,
                                  Cancellation cancel) {
        FairnessReport r = new org.tailor.core.fairness.FairnessService(catalog).report(workspace,
                new FairnessParams(variant, groupAttribute, k, TEST_FRACTION), progress, cancel);
        List<DecileExposure> exposure = r.exposure().stream()
                .map(d -> new DecileExposure(d.decile(), d.share())).toList();
        List<GroupQuality> groups = r.groups().stream().filter(g -> g.customers() > 0)
                .map(g -> new GroupQuality(g.group(), g.customers(), g.meanNdcg())).toList();
        double ratio = r.disparityRatio() == null ? Double.NaN : r.disparityRatio();
        return new FairnessResult(exposure, groups, ratio, r.split());
    }
}
