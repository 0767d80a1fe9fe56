package org.tailor.ui.privacy;

import java.nio.file.Path;
import java.util.List;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Seam between the Privacy screen and {@code core.privacy}. Long methods run off the FX thread; a missing engine
 * throws {@code NotAvailableException("feature.privacy")}.
 */
public interface PrivacyService {
    /** Customer attributes that can be chosen as quasi-identifiers (e.g. {@code age}, {@code gender}, {@code zip}). */
    List<String> quasiIdentifierCandidates();

    /**
     * k-anonymity of the customer table over the chosen quasi-identifiers. {@code convention} says how a suppressed
     * value ({@code *}) is compared. {@code classSizes} maps each equivalence-class size to how many classes have
     * it (ascending by size); {@code violatingCustomers} counts customers in classes smaller than {@code targetK}.
     */
    KAnonymityResult kAnonymity(List<String> quasiIdentifiers, int targetK, SuppressionConvention convention,
                                Progress progress, Cancellation cancel);

    /**
     * Writes the customer table with external ids replaced by pseudonyms (HMAC-SHA256 with the workspace secret)
     * and the given columns (the chosen quasi-identifiers), and returns the number of rows written.
     */
    long exportPseudonymized(List<String> columns, Path out, Progress progress, Cancellation cancel);

    /** How a suppressed value {@code *} counts when records are grouped. */
    enum SuppressionConvention {
        /** {@code *} is a value of its own: all suppressed records fall in one class. */
        OWN_VALUE,
        /** {@code *} matches any value (wildcard), the more pessimistic reading. */
        WILDCARD
    }

    record KAnonymityResult(int k, SuppressionConvention convention, List<ClassSizeCount> classSizes,
                            int equivalenceClasses, int violatingCustomers, int customers) {
    }

    /** {@code classes} equivalence classes have exactly {@code size} customers. */
    record ClassSizeCount(int size, int classes) {
    }
}
