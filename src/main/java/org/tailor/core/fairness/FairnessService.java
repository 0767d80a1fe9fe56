package org.tailor.core.fairness;

import java.util.HashMap;
import java.util.Map;
import org.tailor.core.evaluate.Split;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.WorkspaceEvaluation;
import org.tailor.core.model.Customer;
import org.tailor.core.privacy.CustomerRecords;
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
        progress.report(0, "Reading interactions");
        EvaluationSet set = WorkspaceEvaluation.temporalHoldout(ws, p.testFraction());
        Split split = set.split();
        cancel.check();
        progress.report(0.1, "Training " + p.variant());
        TrainedModel model = variant.train(set.trainingData(), Progress.NONE, cancel);
        Map<String, String> group = new HashMap<>();
        String column = p.groupBy().equals("age") ? "age_band" : p.groupBy();
        for (Customer c : new CustomerRepository(ws).findAll()) {
            group.put(c.externalId(), CustomerRecords.values(c).get(column));
        }
        progress.report(0.4, "Measuring exposure and quality");
        return new FairnessCalculator().compute(p.variant(), split, model,
                u -> group.get(split.train().users().id(u)), p.groupBy(), p.k(), progress, cancel);
    }
}
