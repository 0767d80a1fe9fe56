package org.tailor.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.privacy.Convention;
import org.tailor.core.privacy.CustomerRecords;
import org.tailor.core.privacy.DpRelease;
import org.tailor.core.privacy.DpService;
import org.tailor.core.privacy.KAnonymityCheck;
import org.tailor.core.privacy.KAnonymityReport;
import org.tailor.core.privacy.PrivacyBudget;
import org.tailor.core.privacy.PseudonymizedExport;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** k-anonymity of the customer table, pseudonymized export, and DP histograms booked in the budget ledger. */
@Command(mixinStandardHelpOptions = true, name = "privacy", description = "k-anonymity / l-diversity of customers, pseudonymized export, DP histogram.")
final class PrivacyCommand implements Runnable {
    private static final int MAX_LISTED = 1000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (.db).")
    Path workspace;

    @Option(names = "--qi", split = ",", description = "Quasi-identifiers: columns (age, age_band, gender, zip, zip3 ...)"
            + " or attribute keys.")
    List<String> qi;

    @Option(names = "--k", defaultValue = "5", description = "Target k for violators (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--wildcard-suppressed", description = "Convention B: suppressed/missing cells match any value.")
    boolean wildcard;

    @Option(names = "--sensitive", description = "Sensitive column for distinct l-diversity.")
    String sensitive;

    @Option(names = "--where", description = "Only records with column=value (repeatable).")
    Map<String, String> where = new LinkedHashMap<>();

    @Option(names = "--list-classes", description = "Include every equivalence class in the JSON.")
    boolean listClasses;

    @Option(names = "--pseudonymize-out", description = "Write customers with HMAC-SHA256 pseudonyms and the QI columns.")
    Path pseudonymizeOut;

    @Option(names = "--dp-histogram", description = "Release a Laplace histogram of customers per value of this column.")
    String dpColumn;

    @Option(names = "--epsilon", defaultValue = "0.5", description = "Epsilon of the DP release (default ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--budget", description = "Set the workspace's total epsilon before releasing.")
    Double budget;

    @Option(names = "--dp-seed", description = "Noise seed, for reproducible tests only (default: unpredictable).")
    Long dpSeed;

    @Option(names = "--refresh", description = "Release again with new noise (spends budget again).")
    boolean refresh;

    @Option(names = "--json", description = "Print JSON (default: a short summary).")
    boolean json;

    @Override
    public void run() {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("Workspace " + workspace + " does not exist");
        }
        if ((qi == null || qi.isEmpty()) && dpColumn == null) {
            throw new IllegalArgumentException("Give --qi columns for k-anonymity, or --dp-histogram COLUMN");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(workspace)) {
            if (qi != null && !qi.isEmpty()) {
                KAnonymityReport r = new KAnonymityCheck().run(CustomerRecords.load(ws), qi, k,
                        wildcard ? Convention.SUPPRESSED_IS_WILDCARD : Convention.SUPPRESSED_IS_VALUE, sensitive, where,
                        Cancellation.NONE);
                result.putAll(kJson(r));
                if (!json) {
                    PrivacyText.kAnonymity(out, r);
                }
                if (pseudonymizeOut != null) {
                    int rows = new PseudonymizedExport().write(ws, qi, pseudonymizeOut);
                    result.put("pseudonymized_rows", rows);
                    result.put("pseudonymized_file", pseudonymizeOut.toString());
                    String warning = PrivacyText.pseudonymWarning(r);
                    if (!json) {
                        PrivacyText.pseudonymized(out, rows, pseudonymizeOut);
                    }
                    if (warning != null) {
                        result.put("warning", warning);
                        (json ? spec.commandLine().getErr() : out).println(warning);
                    }
                }
            }
            if (dpColumn != null) {
                PrivacyBudget b = new PrivacyBudget(ws);
                if (budget != null) {
                    b.setTotal(budget);
                }
                long seed = dpSeed != null ? dpSeed : new SecureRandom().nextLong();
                DpRelease d = new DpService().segmentHistogram(ws, dpColumn, epsilon, seed, refresh);
                Map<String, Object> dp = new LinkedHashMap<>();
                dp.put("query", d.query());
                dp.put("epsilon", d.epsilon());
                dp.put("sensitivity", d.sensitivity());
                dp.put("scale", d.scale());
                dp.put("neighbours", d.neighbours());
                dp.put("composition", d.composition());
                dp.put("stored_release", d.stored());
                dp.put("noisy_counts", d.noisyCounts());
                dp.put("budget_total", b.total());
                dp.put("budget_spent", b.spent());
                dp.put("budget_remaining", b.remaining());
                result.put("dp_histogram", dp);
                if (!json) {
                    PrivacyText.dp(out, d, b);
                }
            }
        }
        if (json) {
            out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(result));
        }
    }

    private Map<String, Object> kJson(KAnonymityReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.status());
        m.put("k", r.k());
        m.put("convention", r.convention());
        m.put("quasi_identifiers", r.quasiIdentifiers());
        m.put("records", r.records());
        m.put("target_k", r.targetK());
        m.put("classes_count", r.classes().size());
        m.put("class_size_counts", r.classSizeCounts());
        m.put("violators", r.violatingRecords().size());
        m.put("violating_classes", r.violatingClasses());
        List<String> ids = r.violatingRecords();
        m.put("violating_records", ids.size() > MAX_LISTED ? ids.subList(0, MAX_LISTED) : ids);
        m.put("violating_records_truncated", ids.size() > MAX_LISTED);
        if (r.sensitive() != null) {
            m.put("sensitive", r.sensitive());
            m.put("l", r.l());
        }
        if (listClasses) {
            m.put("classes", r.classes());
        }
        return m;
    }
}
