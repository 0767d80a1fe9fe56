package org.tailor.ui.fairness;

import java.util.ArrayList;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Canned fairness report: exposure rising with popularity, two gender groups. */
public final class FakeFairnessService implements FairnessService {
    public String lastVariant;
    public String lastGroup;
    public int lastK;

    @Override
    public List<String> variants() {
        return List.of("pop", "als");
    }

    @Override
    public List<String> groupAttributes() {
        return List.of("gender", "age band");
    }

    @Override
    public FairnessResult compute(String variant, String groupAttribute, int k, Progress progress, Cancellation cancel) {
        lastVariant = variant;
        lastGroup = groupAttribute;
        lastK = k;
        List<DecileExposure> exposure = new ArrayList<>();
        // shares 1..10 / 55 sum to 1
        for (int d = 1; d <= 10; d++) {
            exposure.add(new DecileExposure(d, d / 55.0));
        }
        // ratio = 0.18 / 0.24 = 0.75
        return new FairnessResult(exposure, List.of(new GroupQuality("F", 273, 0.24), new GroupQuality("M", 670, 0.18)),
                0.75, "als at K=" + k + ", per-customer temporal holdout");
    }
}
