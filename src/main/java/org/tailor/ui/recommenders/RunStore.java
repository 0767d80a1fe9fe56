package org.tailor.ui.recommenders;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tailor.core.store.ModelRunRepository;
import org.tailor.core.store.ModelRunRepository.ModelRun;
import org.tailor.core.store.Workspace;
import org.tailor.ui.recommenders.RecommenderService.RunRecord;

/**
 * Evaluation runs kept in the workspace's {@code model_run} table (no model blob): variant spec, parameters, split,
 * seed, data version and training time in their columns; K, mean metrics, per-customer values and the
 * precision-recall curve as JSON in {@code metrics}. Rows saved by other tools (a model without metrics) are skipped.
 */
final class RunStore {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();
    private final ModelRunRepository repository;

    /** The JSON kept in {@code model_run.metrics} for one evaluation run. */
    private record Payload(String spec, int k, Map<String, Double> means, int[] users, Map<String, double[]> perUser,
                           double[] precision, double[] recall) {
    }

    RunStore(Workspace workspace) {
        this.repository = new ModelRunRepository(workspace);
    }

    static String json(Object value) {
        return GSON.toJson(value);
    }

    /** Saves the run and returns it with its id and time. */
    RunRecord save(RunRecord r) {
        String name = r.spec().contains(":") ? r.spec().substring(0, r.spec().indexOf(':')) : r.spec();
        Payload p = new Payload(r.spec(), r.k(), r.metrics(), r.users(), r.perUser(), r.precisionAtK(), r.recallAtK());
        String created = java.time.Instant.now().toString();
        long id = repository.save(new ModelRun(0, name, r.parameters(), r.split(), r.seed(), r.dataVersion(),
                GSON.toJson(p), r.trainSeconds(), null, created));
        return new RunRecord(id, created, r.spec(), r.parameters(), r.split(), r.seed(), r.dataVersion(), r.k(),
                r.trainSeconds(), r.metrics(), r.users(), r.perUser(), r.precisionAtK(), r.recallAtK());
    }

    /** Every evaluation run, newest first. */
    List<RunRecord> list() {
        List<RunRecord> out = new ArrayList<>();
        for (ModelRun m : repository.list()) {
            Payload p = read(m.metrics());
            if (p == null) {
                continue;
            }
            out.add(new RunRecord(m.id(), m.createdAt(), p.spec(), m.params(), m.split(),
                    m.seed() == null ? 0 : m.seed(), m.dataVersion(), p.k(), m.trainSeconds() == null ? 0
                    : m.trainSeconds(), new LinkedHashMap<>(p.means()), p.users(), p.perUser(), p.precision(),
                    p.recall()));
        }
        return out;
    }

    private static Payload read(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            Type type = Payload.class;
            Payload p = GSON.fromJson(json, type);
            return p == null || p.spec() == null || p.means() == null || p.users() == null || p.perUser() == null
                    ? null : p;
        } catch (JsonSyntaxException e) {
            return null;
        }
    }
}
