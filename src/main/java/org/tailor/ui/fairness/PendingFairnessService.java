package org.tailor.ui.fairness;

import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

/** Stands in until the fairness engine is wired: offers the choices and says "not available". */
public final class PendingFairnessService implements FairnessService {
    private final List<String> variants;

    public PendingFairnessService(List<String> variants) {
        this.variants = List.copyOf(variants);
    }

    @Override
    public List<String> variants() {
        return variants;
    }

    @Override
    public List<String> groupAttributes() {
        return List.of("gender", "age band", "occupation", "country");
    }

    @Override
    public FairnessResult compute(String variant, String groupAttribute, int k, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.fairness");
    }
}
