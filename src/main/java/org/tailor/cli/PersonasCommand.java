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
import org.tailor.core.persona.Persona;
import org.tailor.core.persona.PersonaParams;
import org.tailor.core.persona.PersonaReport;
import org.tailor.core.persona.PersonaService;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Computes personas and RFM segments of a workspace and stores the run. */
@Command(mixinStandardHelpOptions = true, name = "personas", description = "Compute RFM segments and k-means personas of a workspace (stored for campaigns).")
final class PersonasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (.db).")
    Path workspace;

    @Option(names = "--k", defaultValue = "5", description = "Number of personas (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--seed", defaultValue = "7", description = "k-means seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--restarts", defaultValue = "10", description = "k-means restarts (default ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--reference-date", description = "Recency reference date yyyy-MM-dd, not before the latest"
            + " interaction (default: the latest interaction date that is not in the future).")
    String referenceDate;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("Workspace " + workspace + " does not exist");
        }
        try (Workspace ws = Workspace.open(workspace)) {
            PersonaReport r = new PersonaService().compute(ws, new PersonaParams(k, seed, restarts, referenceDate),
                    Progress.NONE, Cancellation.NONE);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(toJson(r)));
            } else {
                out.printf(Locale.ROOT, "Reference date %s, %d customers without activity%n", r.referenceDate(),
                        r.customersWithoutActivity());
                if (r.ignoredAfterReference() > 0) {
                    out.println(ignoredNote(r));
                }
                if (r.fewerPersonasThanAsked()) {
                    out.println(fewerNote(r));
                }
                for (Persona p : r.personas()) {
                    out.printf(Locale.ROOT, "%-40s %6d customers  recency %.1f d  orders %.2f  spend %.2f  basket %.2f%n",
                            p.name(), p.size(), p.recencyDays(), p.frequency(), p.monetary(), p.basketSize());
                }
                out.println("RFM segments: " + r.rfmSegments());
            }
        }
    }

    static String ignoredNote(PersonaReport r) {
        return r.ignoredAfterReference() + " interactions ignored: dated after the reference date";
    }

    static String fewerNote(PersonaReport r) {
        return r.params().k() + " personas asked for, " + r.personas().size() + " found: the customers fall into"
                + " fewer distinct groups (empty clusters are not listed)";
    }

    static Map<String, Object> toJson(PersonaReport r) {
        List<Map<String, Object>> personas = new ArrayList<>();
        for (Persona p : r.personas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("size", p.size());
            m.put("recency_days", p.recencyDays());
            m.put("frequency", p.frequency());
            m.put("monetary", p.monetary());
            m.put("basket_size", p.basketSize());
            m.put("category_shares", p.categoryShares());
            personas.add(m);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("k", r.params().k());
        params.put("seed", r.params().seed());
        params.put("restarts", r.params().restarts());
        params.put("reference_date", r.referenceDate());
        params.put("features", "recency days, log(1+orders), log(1+spend), basket size, category shares; z-scored");
        params.put("rfm", "quintiles 1-5 = 1 + floor(5 * mid-rank percentile); equal values share one score, all"
                + " equal (or one customer) -> 3");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("personas", personas);
        out.put("rfm", r.rfmSegments());
        out.put("customers_without_activity", r.customersWithoutActivity());
        out.put("ignored_after_reference_date", r.ignoredAfterReference());
        out.put("personas_requested", r.params().k());
        List<String> notes = new ArrayList<>();
        if (r.ignoredAfterReference() > 0) {
            notes.add(ignoredNote(r));
        }
        if (r.fewerPersonasThanAsked()) {
            notes.add(fewerNote(r));
        }
        out.put("notes", notes);
        out.put("run_id", r.runId());
        out.put("data_version", r.dataVersion());
        out.put("inertia", r.inertia());
        out.put("parameters", params);
        return out;
    }
}
