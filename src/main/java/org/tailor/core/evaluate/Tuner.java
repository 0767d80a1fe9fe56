package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Hyper-parameter search on a validation split cut from the TRAINING rows only (never the test file): per-customer
 * temporal (latest 20%) or seeded random (20% of unique pairs). Small grids are tried whole; larger ones by a seeded
 * random sample of {@value #MAX_TRIES} points. The best try by NDCG@K wins; every try is kept for the table.
 */
public final class Tuner {
    static final int MAX_TRIES = 12;
    private final AlgorithmCatalog catalog;
    private final int k;
    private final double minRelevant;
    private final long seed;

    public Tuner(AlgorithmCatalog catalog, int k, double minRelevant, long seed) {
        this.catalog = catalog;
        this.k = CutOff.of(k, 1).requested();
        this.minRelevant = Relevance.checkThreshold(minRelevant);
        this.seed = seed;
    }

    public record Trial(String spec, double ndcg, double trainSeconds) {
    }

    public record Result(String variant, String validation, String search, List<Trial> trials, String bestSpec) {
        public Map<String, Object> toReport() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variant", variant);
            m.put("validation", validation);
            m.put("search", search);
            m.put("best", bestSpec);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Trial t : trials) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("spec", t.spec());
                r.put("validation_ndcg", t.ndcg());
                r.put("train_seconds", Math.round(t.trainSeconds() * 1000) / 1000.0);
                rows.add(r);
            }
            m.put("tries", rows);
            return m;
        }
    }

    /** The validation split of the training rows. */
    public RowSplit validationSplit(List<RatingRow> trainRows, String mode) {
        return switch (mode) {
            case "temporal" -> Splitters.perCustomerTemporal(trainRows, 0.2);
            case "random" -> Splitters.random(trainRows, 0.2, seed);
            default -> throw new IllegalArgumentException("Validation must be temporal or random, was " + mode);
        };
    }

    public Result tune(String variant, List<RatingRow> trainRows, String[] itemText, String mode, Progress progress,
                       Cancellation cancel) {
        return tune(variant, ParameterGrid.candidates(variant), trainRows, itemText, mode, progress, cancel);
    }

    public Result tune(String variant, List<String> grid, List<RatingRow> trainRows, String[] itemText, String mode,
                       Progress progress, Cancellation cancel) {
        RowSplit vs = validationSplit(trainRows, mode);
        EvaluationSet set = vs.toEvaluationSet(minRelevant);
        if (itemText != null) {
            set = set.withItemText(ItemTexts.remap(itemText, trainRows, set));
        }
        List<String> tries = sample(grid);
        String search = tries.size() == grid.size() ? "grid of " + grid.size()
                : "random " + tries.size() + " of a grid of " + grid.size() + " (seed " + seed + ")";
        Experiment exp = new Experiment(new Experiment.Options(k, false, null));
        List<Trial> trials = new ArrayList<>();
        Trial best = null;
        for (int t = 0; t < tries.size(); t++) {
            cancel.check();
            Recommender r = catalog.create(tries.get(t));
            long t0 = System.nanoTime();
            TrainedModel model = r.train(set.trainingData(), Progress.NONE, cancel);
            double secs = (System.nanoTime() - t0) / 1e9;
            double ndcg = exp.evaluate(r, model, secs, set, cancel).metric("ndcg@" + k);
            Trial trial = new Trial(r.spec(), ndcg, secs);
            trials.add(trial);
            if (best == null || ndcg > best.ndcg()) {
                best = trial;
            }
            progress.report((t + 1) / (double) tries.size(), "Tried " + trial.spec());
        }
        String bestSpec = best == null ? variant : best.spec();
        return new Result(variant, vs.description() + " (cut from the training file)", search, List.copyOf(trials),
                bestSpec);
    }

    private List<String> sample(List<String> grid) {
        if (grid.size() <= MAX_TRIES) {
            return grid;
        }
        List<String> copy = new ArrayList<>(grid);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String x = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, x);
        }
        return copy.subList(0, MAX_TRIES);
    }
}
