package org.tailor.core.fairness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.evaluate.Split;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.WorkspaceEvaluation;
import org.tailor.core.model.Customer;
import org.tailor.core.privacy.CustomerRecords;
import org.tailor.core.privacy.QuasiColumns;
import org.tailor.core.privacy.QuasiRecord;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Runs the fairness report on a workspace: temporal holdout, train the variant, then {@link FairnessCalculator}. */
public final class FairnessService {
    private final AlgorithmCatalog catalog;

    public FairnessService(AlgorithmCatalog catalog) {
        this.catalog = catalog;
    }

    public FairnessReport report(Workspace ws, FairnessParams p, Progress progress, Cancellation cancel) {
        Recommender variant = catalog.create(p.variant());
        Map<String, String> group = groups(ws, p.groupBy());
        progress.report(0, "Reading interactions");
        EvaluationSet set = WorkspaceEvaluation.temporalHoldout(ws, p.testFraction());
        Split split = set.split();
        cancel.check();
        progress.report(0.1, "Training " + p.variant());
        TrainedModel model = variant.train(set.trainingData(), Progress.NONE, cancel);
        progress.report(0.4, "Measuring exposure and quality");
        return new FairnessCalculator().compute(p.variant(), split, model,
                u -> group.get(split.train().users().id(u)), p.groupBy(), p.k(), progress, cancel);
    }

    /**
     * Customer external id to group label. The group must be a column some customer has a value in (age is read as
     * age bands): an unknown name would put everyone in "unknown" and compare nothing, so it is refused
     * before anything is trained, naming the valid group attributes.
     */
    static Map<String, String> groups(Workspace ws, String groupBy) {
        String column = groupBy.trim().equals("age") ? "age_band" : groupBy.trim();
        List<QuasiRecord> records = new ArrayList<>();
        for (Customer c : new CustomerRepository(ws).findAll()) {
            records.add(new QuasiRecord(c.externalId(), CustomerRecords.values(c)));
        }
        QuasiColumns columns = new QuasiColumns(records);
        if (!records.isEmpty() && !columns.available().contains(column)) {
            throw new IllegalArgumentException("Unknown group attribute '" + groupBy + "': no customer has a value in"
                    + " that column. Valid group attributes: " + String.join(", ", columns.available()));
        }
        Map<String, String> group = new HashMap<>();
        records.forEach(r -> group.put(r.id(), r.values().get(column)));
        return group;
    }
}
