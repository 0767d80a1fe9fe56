package org.tailor.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tailor.core.fairness.DecileExposure;
import org.tailor.core.fairness.FairnessParams;
import org.tailor.core.fairness.FairnessReport;
import org.tailor.core.fairness.FairnessService;
import org.tailor.core.fairness.GroupQuality;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Exposure by popularity decile and NDCG by customer group for one variant. */
@Command(mixinStandardHelpOptions = true, name = "fairness", description = "Exposure by item-popularity decile and NDCG@K by customer group.")
final class FairnessCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (.db).")
    Path workspace;

    @Option(names = "--variant", defaultValue = "pop", description = "Recommender variant (default ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--group", defaultValue = "gender", description = "Customer column or attribute; age means age"
            + " bands (default ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--k", defaultValue = "10", description = "List length K (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Per-customer temporal test fraction"
            + " (default ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("Workspace " + workspace + " does not exist");
        }
        try (Workspace ws = Workspace.open(workspace)) {
            FairnessReport r = new FairnessService(new AlgorithmCatalog()).report(ws,
                    new FairnessParams(variant, group, k, testFraction), Progress.NONE, Cancellation.NONE);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(toJson(r)));
                return;
            }
            out.printf(Locale.ROOT, "%s, K = %d, %s%n", r.variant(), r.k(), r.split());
            for (DecileExposure d : r.exposure()) {
                out.printf(Locale.ROOT, "decile %2d: %5d items, %.4f of slots%n", d.decile(), d.items(), d.share());
            }
            out.printf(Locale.ROOT, "exposure Gini %.4f%n", r.gini());
            for (GroupQuality g : r.groups()) {
                out.printf(Locale.ROOT, "%-12s ndcg@%d %.4f over %d customers (%d without relevant test items)%n",
                        g.group(), r.k(), g.meanNdcg(), g.customers(), g.withoutRelevant());
            }
            out.println("min/max group ratio: " + (r.disparityRatio() == null ? "n/a" : String.format(Locale.ROOT,
                    "%.4f", r.disparityRatio())));
        }
    }

    static Map<String, Object> toJson(FairnessReport r) {
        String ndcg = "ndcg@" + r.k();
        List<Map<String, Object>> deciles = new ArrayList<>();
        for (DecileExposure d : r.exposure()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("decile", d.decile());
            m.put("items", d.items());
            m.put("slots", d.slots());
            m.put("share", d.share());
            deciles.add(m);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (GroupQuality g : r.groups()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", g.group());
            m.put("customers", g.customers());
            m.put(ndcg, g.meanNdcg());
            m.put("without_relevant", g.withoutRelevant());
            groups.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("variant", r.variant());
        out.put("k", r.k());
        out.put("group_by", r.groupBy());
        out.put("split", r.split());
        out.put("decile_rule", "decile = 1 + floor(10 * items strictly less popular / items); ties share a decile;"
                + " 1 = least popular");
        out.put("exposure_by_popularity_decile", deciles);
        out.put("exposure_gini", r.gini());
        out.put("total_slots", r.totalSlots());
        out.put(ndcg + "_by_group", groups);
        out.put("min_max_ratio", r.disparityRatio());
        out.put("customers_evaluated", r.customersEvaluated());
        out.put("customers_without_relevant", r.customersWithoutRelevant());
        return out;
    }
}
