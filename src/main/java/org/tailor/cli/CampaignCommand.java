package org.tailor.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tailor.core.campaign.Audience;
import org.tailor.core.campaign.CampaignParams;
import org.tailor.core.campaign.CampaignPreview;
import org.tailor.core.campaign.CampaignService;
import org.tailor.core.campaign.Channel;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Builds and exports a campaign target list. */
@Command(mixinStandardHelpOptions = true, name = "campaign", description = "Export a campaign target list (consent, duplicates, offers, control group).")
final class CampaignCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (.db).")
    Path workspace;

    @Option(names = "--persona", description = "Persona name from the latest personas run.")
    String persona;

    @Option(names = "--segment", description = "RFM segment, e.g. Champions.")
    String segment;

    @Option(names = "--top", defaultValue = "5", description = "Items per target; 0 for a send list (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--holdout", defaultValue = "10", description = "Control group in percent, 0 to below 100: a holdout that leaves"
            + " nobody to treat is refused (default ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--seed", defaultValue = "7", description = "Control-group seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--variant", defaultValue = "pop", description = "Recommender variant (default ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--channel", defaultValue = "any", description = "any or email (default ${DEFAULT-VALUE}).")
    String channel;

    @Option(names = "--offer", description = "Offer this one SKU to everyone who does not have it yet.")
    String offer;

    @Option(names = "--name", defaultValue = "campaign", description = "Campaign name.")
    String name;

    @Option(names = "--reasons", description = "Add a reason column to the export.")
    boolean reasons;

    @Option(names = "--out", required = true, description = "Target list CSV to write.")
    Path out;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public void run() {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("Workspace " + workspace + " does not exist");
        }
        if (persona != null && segment != null) {
            throw new IllegalArgumentException("Choose either --persona or --segment, not both");
        }
        Audience audience = persona != null ? Audience.persona(persona)
                : segment != null ? Audience.segment(segment) : Audience.all();
        Channel ch = switch (channel.toLowerCase(Locale.ROOT)) {
            case "any" -> Channel.ANY;
            case "email" -> Channel.EMAIL;
            default -> throw new IllegalArgumentException("Unknown channel '" + channel + "': use any or email");
        };
        try (Workspace ws = Workspace.open(workspace)) {
            CampaignService service = new CampaignService(new AlgorithmCatalog());
            CampaignParams p = new CampaignParams(name, audience, top, holdout, seed, variant, ch, offer);
            CampaignPreview preview = service.preview(ws, p, Progress.NONE, Cancellation.NONE);
            long id = service.export(ws, preview, out, reasons);
            PrintWriter w = spec.commandLine().getOut();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("campaign_id", id);
            summary.put("audience", audience.label());
            summary.put("variant", preview.variantUsed());
            summary.put("out", out.toString());
            summary.put("accounting", preview.accounting());
            summary.put("exclusions", preview.exclusions());
            summary.put("notes", preview.notes());
            if (json) {
                w.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(summary));
            } else {
                w.println("Wrote " + preview.targets().size() + " targets to " + out + " (campaign " + id + ")");
                w.println(accountingLine(preview.accounting()));
                preview.notes().forEach(n -> w.println("note: " + n));
            }
        }
    }

    /** "audience 164, exported 164 (treatment 148, control 16); left out: opted out 0, ..." from the accounting. */
    static String accountingLine(Map<String, Integer> a) {
        StringBuilder b = new StringBuilder("audience " + a.get("audience") + ", exported " + a.get("exported")
                + " (treatment " + a.get("treatment") + ", control " + a.get("control") + "); left out: ");
        String sep = "";
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            if (!java.util.Set.of("audience", "exported", "treatment", "control").contains(e.getKey())) {
                b.append(sep).append(e.getKey().replace('_', ' ')).append(' ').append(e.getValue());
                sep = ", ";
            }
        }
        return b.toString();
    }
}
