package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.Experiment;
import org.tailor.core.evaluate.LeakCheck;
import org.tailor.core.evaluate.PrecisionRecallCurve;
import org.tailor.core.evaluate.RatingRow;
import org.tailor.core.evaluate.RowSplit;
import org.tailor.core.evaluate.Splitters;
import org.tailor.core.evaluate.WorkspaceEvaluation;
import org.tailor.core.evaluate.VariantResult;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.recommend.ContentRecommender.ItemVectors;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.recommenders.RecommenderService.RunRecord;
import org.tailor.ui.recommenders.RecommenderService.SplitKind;

/**
 * One offline evaluation on the workspace: its purchases and events (returns and cancellations left out) as implicit
 * rows, split by the chosen protocol, every variant trained on the training part and scored by {@link Experiment}
 * (full ranking over unseen items). The precision-recall curve at K = 1..{@value #CURVE_K} comes from one ranking
 * per customer, truncated at each K.
 */
final class LabEvaluation {
    static final double TEST_FRACTION = 0.2;
    static final int CURVE_K = 20;
    private final Workspace workspace;

    LabEvaluation(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The workspace's rows for evaluation ({@link WorkspaceEvaluation#implicitRows}: returns left out). */
    List<RatingRow> rows() {
        List<RatingRow> rows = WorkspaceEvaluation.implicitRows(workspace);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The workspace has no interactions to evaluate on");
        }
        return rows;
    }

    static RowSplit split(List<RatingRow> rows, SplitKind kind, long seed) {
        return switch (kind) {
            case PER_CUSTOMER_TEMPORAL -> Splitters.perCustomerTemporal(rows, TEST_FRACTION);
            case GLOBAL_TEMPORAL -> Splitters.globalTemporal(rows, cutoff(rows));
            case LEAVE_ONE_OUT -> Splitters.leaveOneOut(rows);
            case RANDOM -> Splitters.random(rows, TEST_FRACTION, seed);
        };
    }

    /** The time from which the latest 20% of rows go to test; refuses data whose rows all share one time. */
    static long cutoff(List<RatingRow> rows) {
        long[] times = rows.stream().mapToLong(RatingRow::time).sorted().toArray();
        long cut = times[(int) Math.floor(times.length * (1 - TEST_FRACTION))];
        if (cut == times[0]) {
            throw new IllegalArgumentException("A global temporal split needs interactions at different times");
        }
        return cut;
    }

    /** Unsaved runs (id 0), one per recommender, in order. */
    List<RunRecord> run(EvaluationSet base, String[] itemText, List<Recommender> variants, int k, long seed,
                        String dataVersion, Progress progress, Cancellation cancel) {
        EvaluationSet set = itemText == null ? base : base.withItemText(itemText);
        ItemVectors features = itemText == null ? null : ItemVectors.tfIdf(itemText, set.split().train().itemCount());
        LeakCheck.verify(set.split());
        Experiment experiment = new Experiment(new Experiment.Options(k, false, features));
        int[] warm = set.split().testRelevant().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[][] relevant = Arrays.stream(warm).mapToObj(u -> set.split().testRelevant().get(u)).toArray(int[][]::new);
        List<RunRecord> out = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            Recommender r = variants.get(v);
            int done = v;
            Progress sub = (f, m) -> progress.report((done + Math.max(0, f)) / variants.size(), r.name() + ": " + m);
            long t0 = System.nanoTime();
            TrainedModel model = r.train(set.trainingData(), sub, cancel);
            double seconds = (System.nanoTime() - t0) / 1e9;
            VariantResult result = experiment.evaluate(r, model, seconds, set, cancel);
            int[][] lists = new int[warm.length][];
            for (int x = 0; x < warm.length; x++) {
                if ((x & 63) == 0) {
                    cancel.check();
                }
                lists[x] = model.recommendUnseen(warm[x], CURVE_K).stream().mapToInt(s -> s.itemIdx()).toArray();
            }
            PrecisionRecallCurve.Curve curve = PrecisionRecallCurve.of(lists, relevant, CURVE_K);
            out.add(new RunRecord(0, null, r.spec(), RunStore.json(r.parameters()), set.split().description(), seed,
                    dataVersion, k, seconds, new LinkedHashMap<>(result.metrics()), result.users(), result.perUser(),
                    curve.precision(), curve.recall()));
        }
        progress.report(1.0, "Evaluated " + variants.size() + " variants");
        return out;
    }

    /** Item text by the split's item index (by SKU from the whole workspace), or null when no item has any. */
    static String[] itemText(TrainingData all, InteractionMatrix train) {
        return WorkspaceEvaluation.itemText(all, train);
    }
}
