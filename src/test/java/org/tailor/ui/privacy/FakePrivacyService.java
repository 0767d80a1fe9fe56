package org.tailor.ui.privacy;

import java.nio.file.Path;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Canned k-anonymity report: classes of sizes 1 (x3), 2 (x4), 5 (x10); records the request. */
public final class FakePrivacyService implements PrivacyService {
    public List<String> lastQis;
    public SuppressionConvention lastConvention;
    public int lastTarget;
    public Path exportedTo;
    public List<String> exportedColumns;

    @Override
    public List<String> quasiIdentifierCandidates() {
        return List.of("age", "gender", "occupation", "zip");
    }

    @Override
    public KAnonymityResult kAnonymity(List<String> quasiIdentifiers, int targetK, SuppressionConvention convention,
                                       Progress progress, Cancellation cancel) {
        lastQis = quasiIdentifiers;
        lastConvention = convention;
        lastTarget = targetK;
        // 3*1 + 4*2 + 10*5 = 61 customers in 17 classes; below k=5: 3*1 + 4*2 = 11 customers
        return new KAnonymityResult(1, convention, List.of(new ClassSizeCount(1, 3), new ClassSizeCount(2, 4),
                new ClassSizeCount(5, 10)), 17, 11, 61);
    }

    @Override
    public long exportPseudonymized(List<String> columns, Path out, Progress progress, Cancellation cancel) {
        exportedTo = out;
        exportedColumns = columns;
        return 61;
    }
}
