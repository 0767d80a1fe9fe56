package org.tailor.core.campaign;

import org.tailor.core.export.CsvCells;
import com.google.gson.Gson;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tailor.core.index.WorkspaceMatrix;
import org.tailor.core.recommend.WorkspaceTrainingData;
import org.tailor.core.model.Customer;
import org.tailor.core.model.Item;
import org.tailor.core.persona.PersonaReport;
import org.tailor.core.persona.PersonaService;
import org.tailor.core.persona.RfmScorer;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.store.CampaignRepository;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Builds campaign target lists: audience, then consent and duplicates ({@link ConsentFilter}), then offers
 * ({@link OfferPlanner}: customers who already have the fixed offer, or for whom nothing is left, are reported as
 * exclusions), then the seeded control group ({@link ControlGroup}) over the customers that remain.
 */
public final class CampaignService {
    private static final Gson GSON = new Gson();
    private final AlgorithmCatalog catalog;

    public CampaignService(AlgorithmCatalog catalog) {
        this.catalog = catalog;
    }

    /** Computes the target list without writing anything. */
    public CampaignPreview preview(Workspace ws, CampaignParams p, Progress progress, Cancellation cancel) {
        progress.report(0, "Choosing the audience");
        List<Customer> all = new CustomerRepository(ws).findAll();
        List<Customer> audience = audience(ws, p.audience(), all);
        if (audience.isEmpty()) {
            throw new IllegalArgumentException(p.audience().kind() == Audience.Kind.ALL
                    ? "The workspace has no customers: nothing to send"
                    : "The " + p.audience().label() + " has no members: nothing to send, no campaign recorded");
        }
        List<Exclusion> excluded = new ArrayList<>();
        boolean consentRecorded = ConsentFilter.consentRecorded(all);
        List<String> notes = new ArrayList<>();
        if (p.channel() == Channel.EMAIL && !consentRecorded) {
            notes.add(ConsentFilter.CONSENT_NOT_RECORDED_NOTE);
        }
        List<Customer> kept = new ConsentFilter().apply(audience, p.channel(), excluded, consentRecorded);
        cancel.check();
        Map<String, String> titles = new HashMap<>();
        for (Item it : new ItemRepository(ws).findAll()) {
            if (it.title() != null && !it.title().isBlank()) {
                titles.put(it.externalId(), it.title());
            }
        }
        OfferPlanner planner = null;
        if (p.topN() > 0 || p.offerSku() != null) {
            progress.report(0.1, "Training " + p.variant());
            planner = new OfferPlanner(WorkspaceTrainingData.load(ws), WorkspaceMatrix.history(ws),
                    catalog.create(p.variant()), titles, Progress.NONE, cancel);
        }
        progress.report(0.6, "Choosing offers");
        Map<String, OfferPlanner.Offer> offers = new LinkedHashMap<>();
        int n = 0;
        for (Customer c : kept) {
            if (++n % 1000 == 0) {
                cancel.check();
            }
            String id = c.externalId();
            if (p.offerSku() != null) {
                if (planner.hasItem(id, p.offerSku())) {
                    excluded.add(new Exclusion(id, Exclusion.HAS_OFFER, "already has " + p.offerSku()));
                    continue;
                }
                String sku = p.offerSku();
                offers.put(id, new OfferPlanner.Offer(List.of(sku), List.of(titles.getOrDefault(sku, sku)),
                        "chosen offer"));
            } else if (planner == null) {
                offers.put(id, new OfferPlanner.Offer(List.of(), List.of(), "send list without offers"));
            } else {
                OfferPlanner.Offer o = planner.offer(id, p.topN());
                if (o.items().isEmpty()) {
                    excluded.add(new Exclusion(id, Exclusion.NOTHING_TO_OFFER, o.reason()));
                    continue;
                }
                offers.put(id, o);
            }
        }
        if (!offers.isEmpty() && p.holdoutPercent() > 0
                && ControlGroup.size(offers.size(), p.holdoutPercent()) >= offers.size()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "A control group of %s%% of %d"
                    + " targets leaves nobody to treat: choose a holdout below 100%% (e.g. 10)",
                    ControlGroup.formatPercent(p.holdoutPercent()), offers.size()));
        }
        Set<String> control = ControlGroup.draw(new ArrayList<>(offers.keySet()), p.holdoutPercent(), p.seed());
        Map<String, Customer> byId = new HashMap<>();
        kept.forEach(c -> byId.put(c.externalId(), c));
        List<CampaignTarget> targets = new ArrayList<>();
        offers.forEach((id, o) -> targets.add(new CampaignTarget(id,
                p.channel() == Channel.EMAIL ? ConsentFilter.clean(byId.get(id).email()) : null,
                control.contains(id) ? CampaignTarget.CONTROL : CampaignTarget.TREATMENT, o.items(), o.titles(),
                o.reason())));
        progress.report(1, "Preview ready");
        return new CampaignPreview(p, audience.size(), targets, excluded, p.variant(), notes);
    }

    /**
     * Writes the CSV (UTF-8, header) and stores the campaign with its targets; returns the campaign id. A preview
     * with no targets is refused (nothing is written or recorded), the message giving the accounting.
     */
    public long export(Workspace ws, CampaignPreview preview, Path out, boolean withReasons) {
        if (preview.targets().isEmpty()) {
            throw new IllegalArgumentException("Nothing to export: no customer of the " + preview.params().audience()
                    .label() + " can be targeted, so no file was written and no campaign recorded. Accounting: "
                    + preview.accounting());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(preview, w, withReasons);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        List<CampaignRepository.TargetRow> rows = preview.targets().stream().map(t -> new CampaignRepository.TargetRow(
                t.customerId(), t.arm(), String.join(";", t.items()), t.reason())).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("params", preview.params());
        params.put("accounting", preview.accounting());
        params.put("exclusions", preview.exclusions());
        params.put("notes", preview.notes());
        return new CampaignRepository(ws).save(preview.params().name(), preview.params().audience().label(),
                GSON.toJson(params), rows);
    }

    /**
     * The export format: customer_id, email (email channel only), arm, items (SKUs joined by ';'), and reason when
     * asked. Every cell passes through {@link CsvCells#safe}, and so does each item of the items list before it is
     * joined: a spreadsheet that splits the cell on ';' must not find a formula in the second item either.
     */
    public static void write(CampaignPreview preview, Writer w, boolean withReasons) {
        boolean email = preview.params().channel() == Channel.EMAIL;
        CsvWriter csv = CsvWriter.builder().build(w);
        List<String> header = new ArrayList<>(List.of("customer_id"));
        if (email) {
            header.add("email");
        }
        header.addAll(List.of("arm", "items"));
        if (withReasons) {
            header.add("reason");
        }
        csv.writeRecord(header);
        for (CampaignTarget t : preview.targets()) {
            List<String> row = new ArrayList<>();
            row.add(CsvCells.safe(t.customerId()));
            if (email) {
                row.add(CsvCells.safe(t.email()));
            }
            row.add(t.arm());
            row.add(CsvCells.safe(String.join(";", t.items().stream().map(CsvCells::safe).toList())));
            if (withReasons) {
                row.add(CsvCells.safe(t.reason()));
            }
            csv.writeRecord(row);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Customer> audience(Workspace ws, Audience a, List<Customer> all) {
        if (a.kind() == Audience.Kind.ALL) {
            return all;
        }
        PersonaReport report = new PersonaService().latest(ws).orElseThrow(() -> new IllegalArgumentException(
                "This workspace has no personas yet: compute personas first"));
        List<String> members;
        if (a.kind() == Audience.Kind.PERSONA) {
            if (report.persona(a.name()).isEmpty()) {
                throw new IllegalArgumentException("No persona called '" + a.name() + "'. Personas: " + String.join(
                        ", ", report.personas().stream().map(org.tailor.core.persona.Persona::name).toList()));
            }
            members = report.membersOf(a.name());
        } else {
            boolean known = RfmScorer.SEGMENTS.stream().anyMatch(sg -> sg.equalsIgnoreCase(a.name().trim()));
            if (!known) {
                throw new IllegalArgumentException("No RFM segment called '" + a.name() + "'. Segments: "
                        + String.join(", ", RfmScorer.SEGMENTS));
            }
            members = report.membersOfSegment(a.name());
        }
        Set<String> ids = new java.util.HashSet<>(members);
        return all.stream().filter(c -> ids.contains(c.externalId())).toList();
    }
}
