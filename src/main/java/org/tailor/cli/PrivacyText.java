package org.tailor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tailor.core.privacy.DpRelease;
import org.tailor.core.privacy.KAnonymityReport;
import org.tailor.core.privacy.PrivacyBudget;

/** The human summary of {@code privacy} (without {@code --json}). */
final class PrivacyText {
    private static final int IDS_SHOWN = 10;

    private PrivacyText() {
    }

    static void kAnonymity(PrintWriter out, KAnonymityReport r) {
        out.println("k-anonymity of " + r.records() + " customer" + (r.records() == 1 ? "" : "s") + " on "
                + String.join(", ", r.quasiIdentifiers()));
        if (r.k() == null) {
            out.println("  " + r.status());
            return;
        }
        out.println("  k = " + r.k() + " (target k = " + r.targetK() + ")" + (r.k() >= r.targetK() ? ": met"
                : ": NOT met"));
        out.println("  convention " + r.convention());
        out.println("  equivalence classes: " + r.classes().size());
        StringBuilder h = new StringBuilder();
        for (Map.Entry<Integer, Integer> e : r.classSizeCounts().entrySet()) {
            h.append(h.length() == 0 ? "" : ", ").append(e.getValue()).append(e.getValue() == 1 ? " class" : " classes")
                    .append(" of ").append(e.getKey());
        }
        out.println("  class sizes: " + h);
        List<String> ids = r.violatingRecords();
        if (ids.isEmpty()) {
            out.println("  violators of k=" + r.targetK() + ": none");
        } else {
            out.println("  violators of k=" + r.targetK() + ": " + ids.size() + " customer" + (ids.size() == 1 ? "" : "s")
                    + " in " + r.violatingClasses() + " class" + (r.violatingClasses() == 1 ? "" : "es") + " ("
                    + String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (ids.size() > IDS_SHOWN ? ", ... (all with --json)" : "") + ")");
        }
        if (r.sensitive() != null) {
            out.println("  distinct l-diversity of " + r.sensitive() + ": l = " + r.l());
        }
    }

    /** The warning when a pseudonymized file is written from a table that violates the target k; null if none. */
    static String pseudonymWarning(KAnonymityReport r) {
        int n = r.violatingRecords().size();
        if (n == 0) {
            return null;
        }
        return "Warning: " + n + " of " + r.records() + " customers are in classes smaller than k=" + r.targetK()
                + ": pseudonyms alone do not make this file anonymous";
    }

    static void pseudonymized(PrintWriter out, int rows, Path file) {
        out.println("Wrote " + rows + " pseudonymized customers to " + file);
    }

    static void dp(PrintWriter out, DpRelease d, PrivacyBudget b) {
        out.println("DP histogram " + d.query() + " (epsilon " + d.epsilon() + ", Laplace scale " + d.scale()
                + (d.stored() ? ", stored release: no budget spent" : "") + ")");
        d.noisyCounts().forEach((k, v) -> out.println(String.format("  %-20s %10.1f", k, v)));
        out.println(String.format("  budget: %.3g spent of %.3g, %.3g left", b.spent(), b.total(), b.remaining()));
    }
}
