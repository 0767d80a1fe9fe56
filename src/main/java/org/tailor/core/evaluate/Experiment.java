package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.recommend.ContentRecommender.ItemVectors;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TopK;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Trains each variant on the split's training matrix and scores every warm customer with a relevant test item:
 * full ranking over all items the customer has not got in training, top K. Refuses a split whose train and test
 * share a pair. Cold customers are counted apart, or served a popularity list when {@code coldFallback} is on.
 * When no customer can be scored every metric is NaN (no data), never 0; {@link EvaluationSet#nothingToScore} says
 * why beforehand. Memory does not grow with K (lists are at most the catalogue long).
 */
public final class Experiment {
    /** @param features item vectors for intra-list diversity, or null (diversity is then reported as missing) */
    public record Options(int k, boolean coldFallback, ItemVectors features) {
        public Options {
            if (k <= 0) {
                throw new IllegalArgumentException("K must be positive, was " + k);
            }
        }
    }

    private final Options options;

    public Experiment(Options options) {
        this.options = options;
    }

    /** Evaluates on a plain split (no cold fallback, no item features). */
    public static List<VariantResult> run(Split split, List<Recommender> variants, int k, Progress progress,
                                          Cancellation cancel) {
        EvaluationSet set = new EvaluationSet(split, org.tailor.core.recommend.TrainingData.of(split.train()),
                List.of(), 0, 0, 0, 0, List.of(), List.of());
        return new Experiment(new Options(k, false, null)).run(set, variants, progress, cancel);
    }

    public List<VariantResult> run(EvaluationSet set, List<Recommender> variants, Progress progress,
                                   Cancellation cancel) {
        LeakCheck.verify(set.split());
        List<VariantResult> out = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            Recommender r = variants.get(v);
            int idx = v;
            Progress sub = (f, m) -> progress.report((idx + f) / variants.size(), r.name() + ": " + m);
            long t0 = System.nanoTime();
            TrainedModel model = r.train(set.trainingData(), sub, cancel);
            double seconds = (System.nanoTime() - t0) / 1e9;
            out.add(evaluate(r, model, seconds, set, cancel));
        }
        progress.report(1.0, "Evaluated " + variants.size() + " variants");
        return out;
    }

    /** Scores an already trained model (used by tuning and training curves too). */
    public VariantResult evaluate(Recommender r, TrainedModel model, double trainSeconds, EvaluationSet set,
                                  Cancellation cancel) {
        Split split = set.split();
        InteractionMatrix train = split.train();
        int[] warm = split.testRelevant().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean fallback = options.coldFallback() && !set.coldCustomerRelevant().isEmpty();
        int n = warm.length + (fallback ? set.coldCustomerRelevant().size() : 0);
        int[] users = new int[n];
        int[][] lists = new int[n][];
        int[][] relevant = new int[n][];
        int k = options.k();
        IntStream.range(0, warm.length).parallel().forEach(x -> {
            if ((x & 63) == 0) {
                cancel.check();
            }
            int u = warm[x];
            users[x] = u;
            lists[x] = toArray(model.recommendUnseen(u, k));
            relevant[x] = split.testRelevant().get(u);
        });
        if (fallback) {
            double[] pop = new double[train.itemCount()];
            for (int i = 0; i < pop.length; i++) {
                pop[i] = train.columnLength(i);
            }
            int[] popList = toArray(TopK.select(pop, k, i -> true));
            for (int c = 0; c < set.coldCustomerRelevant().size(); c++) {
                users[warm.length + c] = -1 - c;
                lists[warm.length + c] = popList;
                relevant[warm.length + c] = set.coldCustomerRelevant().get(c);
            }
        }
        ListScorer scorer = new ListScorer(k);
        Map<String, double[]> perUser = scorer.perUser(lists, relevant);
        Map<String, Double> metrics = new LinkedHashMap<>(ListScorer.means(perUser));
        List<String> notes = new ArrayList<>();
        metrics.putAll(systemMetrics(train, lists, notes));
        String population = fallback ? "warm + cold customers (cold ones get the popularity list)"
                : "warm customers only (cold customers counted apart)";
        return new VariantResult(r.name(), r.spec(), r.parameters(), trainSeconds, metrics, users, perUser,
                population, List.copyOf(notes));
    }

    private Map<String, Double> systemMetrics(InteractionMatrix train, int[][] lists, List<String> notes) {
        List<SystemMetric> sys = new ArrayList<>(List.of(SystemMetrics.coverage(train.itemCount()),
                SystemMetrics.novelty(train), SystemMetrics.averagePopularity(train)));
        if (options.features() != null) {
            sys.add(SystemMetrics.diversity(options.features()));
        } else {
            notes.add("diversity: not computed, no item features (give an item file)");
        }
        for (int[] l : lists) {
            int[] known = java.util.Arrays.stream(l).filter(i -> i < train.itemCount()).toArray();
            sys.forEach(m -> m.add(known));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (SystemMetric m : sys) {
            // nobody scored: no data, not a coverage of 0
            double v = lists.length == 0 ? Double.NaN : m.result();
            out.put(m.name(), v);
            if (Double.isNaN(v)) {
                notes.add(m.name() + ": no data (" + (lists.length == 0 ? "no customer was scored"
                        : "no item was recommended") + ")");
            }
        }
        return out;
    }

    static int[] toArray(List<ScoredItem> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i).itemIdx();
        }
        return a;
    }
}
