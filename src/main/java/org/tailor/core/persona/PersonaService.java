package org.tailor.core.persona;

import com.google.gson.Gson;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tailor.core.model.Customer;
import org.tailor.core.model.Interaction;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.PersonaRunRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Computes personas for a workspace: features ({@link FeatureExtractor}), RFM ({@link RfmScorer}), k-means on
 * standardized features ({@link KMeans}), names ({@link PersonaNamer}); stores the run in {@code persona_run}.
 * Clustering features: recency days, log(1 + orders), log(1 + spend), basket size and the category shares, each
 * standardized to z-scores (the logs tame the long tails of order counts and spend). Clusters left empty (identical
 * customers, fewer distinct customers than k) are not personas: the report then holds fewer than k.
 */
public final class PersonaService {
    private static final Gson GSON = new Gson();

    /** Computes, stores and returns a persona run. */
    public PersonaReport compute(Workspace ws, PersonaParams params, Progress progress, Cancellation cancel) {
        progress.report(0.0, "Reading customers and interactions");
        List<String> ids = new CustomerRepository(ws).findAll().stream().map(Customer::externalId).toList();
        List<Interaction> xs = new ArrayList<>();
        new InteractionRepository(ws).forEach(xs::add);
        cancel.check();
        progress.report(0.3, "Computing features");
        FeatureTable table = new FeatureExtractor().extract(ids, new ItemRepository(ws).findAll(), xs,
                parseDate(params.referenceDate()), cancel);
        progress.report(0.5, "Clustering");
        String dataVersion = "customers=" + ws.count("customer") + ";interactions=" + ws.count("interaction");
        PersonaReport report = fromFeatures(table, params, dataVersion, cancel);
        long id = new PersonaRunRepository(ws).save(GSON.toJson(params), dataVersion, GSON.toJson(report));
        progress.report(1.0, "Personas ready");
        return report.withRunId(id);
    }

    /** The latest stored run of the workspace, as it was computed. */
    public Optional<PersonaReport> latest(Workspace ws) {
        return new PersonaRunRepository(ws).latest()
                .map(r -> GSON.fromJson(r.result(), PersonaReport.class).withRunId(r.id()));
    }

    /** Personas and RFM from a feature table (no workspace needed). */
    public PersonaReport fromFeatures(FeatureTable table, PersonaParams params, String dataVersion, Cancellation cancel) {
        List<CustomerFeatures> rows = table.rows();
        List<RfmScore> rfm = new RfmScorer().score(rows);
        double[][] raw = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            raw[i] = vector(rows.get(i));
        }
        Standardizer std = new Standardizer(raw);
        double[][] z = std.apply(raw);
        KMeans.Result km = new KMeans(params.k(), params.seed(), params.restarts(), 100).fit(z, cancel);
        int k = km.centroids().length;
        int dim = raw.length == 0 ? 0 : raw[0].length;
        double[][] meanZ = new double[k][dim];
        double[][] meanRaw = new double[k][dim];
        double[] meanOrders = new double[k];
        int[] size = new int[k];
        for (int i = 0; i < rows.size(); i++) {
            int c = km.assignment()[i];
            size[c]++;
            meanOrders[c] += rows.get(i).frequency();
            for (int d = 0; d < dim; d++) {
                meanZ[c][d] += z[i][d];
                meanRaw[c][d] += d == 1 ? rows.get(i).frequency() : d == 2 ? rows.get(i).monetary() : raw[i][d];
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            order.add(c);
            for (int d = 0; d < dim; d++) {
                meanZ[c][d] /= Math.max(1, size[c]);
                meanRaw[c][d] /= Math.max(1, size[c]);
            }
            meanOrders[c] /= Math.max(1, size[c]);
        }
        order.sort(Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> c));
        order.removeIf(c -> size[c] == 0);   // an empty cluster describes nobody: it is not a persona
        PersonaNamer namer = new PersonaNamer();
        List<String> names = PersonaNamer.unique(order.stream()
                .map(c -> namer.name(meanZ[c], meanOrders[c], table.categories())).toList());
        String[] nameOf = new String[k];
        List<Persona> personas = new ArrayList<>();
        for (int j = 0; j < order.size(); j++) {
            int c = order.get(j);
            nameOf[c] = names.get(j);
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int t = 0; t < table.categories().size(); t++) {
                shares.put(table.categories().get(t), meanRaw[c][4 + t]);
            }
            personas.add(new Persona(names.get(j), size[c], meanRaw[c][0], meanRaw[c][1], meanRaw[c][2],
                    meanRaw[c][3], shares));
        }
        List<CustomerProfile> profiles = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CustomerFeatures f = rows.get(i);
            RfmScore s = rfm.get(i);
            profiles.add(new CustomerProfile(f.customerId(), nameOf[km.assignment()[i]], f.recencyDays(), f.frequency(),
                    f.monetary(), f.basketSize(), s.recency(), s.frequency(), s.monetary(), s.segment()));
        }
        return new PersonaReport(0, params, table.referenceDate().toString(), dataVersion, table.categories(),
                personas, RfmScorer.counts(rfm), profiles, table.customersWithoutActivity(), km.inertia(),
                table.ignoredAfterReference());
    }

    static double[] vector(CustomerFeatures f) {
        double[] v = new double[4 + f.categoryShares().length];
        v[0] = f.recencyDays();
        v[1] = Math.log1p(f.frequency());
        v[2] = Math.log1p(f.monetary());
        v[3] = f.basketSize();
        System.arraycopy(f.categoryShares(), 0, v, 4, f.categoryShares().length);
        return v;
    }

    private static LocalDate parseDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Reference date '" + s + "' is not a date like 2024-03-01", e);
        }
    }
}
