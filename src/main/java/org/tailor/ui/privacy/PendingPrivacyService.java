package org.tailor.ui.privacy;

import java.nio.file.Path;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

/** Stands in until the privacy engine is wired: offers the customer columns and says "not available". */
public final class PendingPrivacyService implements PrivacyService {
    @Override
    public List<String> quasiIdentifierCandidates() {
        return List.of("age", "gender", "occupation", "country", "city", "zip");
    }

    @Override
    public KAnonymityResult kAnonymity(List<String> quasiIdentifiers, int targetK, SuppressionConvention convention,
                                       Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.privacy");
    }

    @Override
    public long exportPseudonymized(Path out, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.privacy");
    }
}
