package org.tailor.ui.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tailor.core.privacy.Convention;
import org.tailor.core.privacy.CustomerRecords;
import org.tailor.core.privacy.KAnonymityCheck;
import org.tailor.core.privacy.KAnonymityReport;
import org.tailor.core.privacy.PseudonymizedExport;
import org.tailor.core.privacy.QuasiRecord;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * {@link PrivacyService} over {@code core.privacy}: {@link KAnonymityCheck} on {@link CustomerRecords} and
 * {@link PseudonymizedExport}. Candidates are the columns that hold a value for at least one customer of this
 * workspace, standard columns first (with the derived {@code age_band} and {@code zip3}), then attribute keys in
 * alphabetical order. Direct identifiers (first name, e-mail, phone) are not offered: they identify a person on
 * their own and the pseudonymized export refuses them.
 */
public final class WorkspacePrivacyService implements PrivacyService {
    static final List<String> STANDARD = List.of("age", "age_band", "gender", "occupation", "country", "city", "zip",
            "zip3");
    static final Set<String> DIRECT_IDENTIFIERS = Set.of("first_name", "email", "phone");
    private final Workspace workspace;

    public WorkspacePrivacyService(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<String> quasiIdentifierCandidates() {
        Set<String> present = new HashSet<>();
        for (QuasiRecord r : CustomerRecords.load(workspace)) {
            r.values().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    present.add(k);
                }
            });
        }
        List<String> out = new ArrayList<>();
        STANDARD.stream().filter(present::contains).forEach(out::add);
        Set<String> attributes = new TreeSet<>(present);
        attributes.removeAll(STANDARD);
        attributes.removeAll(DIRECT_IDENTIFIERS);
        out.addAll(attributes);
        return out;
    }

    @Override
    public KAnonymityResult kAnonymity(List<String> quasiIdentifiers, int targetK, SuppressionConvention convention,
                                       Progress progress, Cancellation cancel) {
        progress.report(-1, "Reading customers");
        List<QuasiRecord> records = CustomerRecords.load(workspace);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("The workspace has no customers to check");
        }
        cancel.check();
        Convention engineConvention = convention == SuppressionConvention.WILDCARD
                ? Convention.SUPPRESSED_IS_WILDCARD : Convention.SUPPRESSED_IS_VALUE;
        KAnonymityReport r = new KAnonymityCheck().run(records, quasiIdentifiers, targetK, engineConvention, null,
                Map.of(), cancel);
        List<ClassSizeCount> sizes = new ArrayList<>();
        r.classSizeCounts().forEach((size, classes) -> sizes.add(new ClassSizeCount(size, classes)));
        progress.report(1, "k = " + r.k());
        return new KAnonymityResult(r.k(), convention, sizes, r.classes().size(), r.violatingRecords().size(),
                r.records());
    }

    @Override
    public long exportPseudonymized(List<String> columns, Path out, Progress progress, Cancellation cancel) {
        progress.report(-1, "Writing " + out.getFileName());
        List<String> kept = columns.stream().filter(c -> !DIRECT_IDENTIFIERS.contains(c)).toList();
        return new PseudonymizedExport().write(workspace, kept, out);
    }
}
