package org.tailor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.RatingsFile;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.LiveRecommendations;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.recommend.SyntheticInteractions;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench train}: trains ALS and item kNN on a MovieLens-1M-shaped set (generated, seeded) or a given file and
 * prints training seconds and the median time of one customer's top-10. Prints numbers only; nothing is recorded.
 */
@Command(mixinStandardHelpOptions = true, name = "train", description = "Time ALS and item-kNN training and top-10 queries on a generated "
        + "MovieLens-1M-shaped set (or --file).")
final class BenchTrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--file", description = "Interactions file (user, item, ...) instead of generated data.")
    Path file;

    @Option(names = "--users", defaultValue = "6040", description = "Customers of the generated data (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--items", defaultValue = "3700", description = "Items of the generated data (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--interactions", defaultValue = "1000000",
            description = "Interactions of the generated data (default ${DEFAULT-VALUE}).")
    int interactions;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--variants", defaultValue = "als:factors=64,iterations=15,itemknn",
            description = "Variants to time (default ${DEFAULT-VALUE}).")
    String variants;

    @Option(names = "--queries", defaultValue = "500", description = "Customers timed for top-10 (median).")
    int queries;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        positive("--users", users);
        positive("--items", items);
        positive("--interactions", interactions);
        positive("--queries", queries);
        long t0 = System.nanoTime();
        InteractionMatrix m = file != null
                ? EvaluationSet.of(RatingsFile.readRatings(file), List.of(), 0, "bench").split().train()
                : SyntheticInteractions.generate(users, items, interactions, seed);
        if (m.nonZeros() == 0) {
            throw new IllegalArgumentException("The file " + file + " has no rows: there is nothing to train on");
        }
        out.println(String.format(Locale.ROOT, "data: %s, %d customers, %d items, %d interactions (%.2f s to %s)",
                file != null ? file.toString() : "generated (seed " + seed + ")", m.userCount(), m.itemCount(),
                m.nonZeros(), secs(t0), file != null ? "read" : "generate"));
        out.println("cores available: " + Runtime.getRuntime().availableProcessors());
        AlgorithmCatalog catalog = new AlgorithmCatalog();
        for (String v : AlgorithmCatalog.splitSpecs(variants)) {
            Recommender r = catalog.create(v.trim());
            long t1 = System.nanoTime();
            TrainedModel model = r.train(m, Progress.NONE, Cancellation.NONE);
            double train = secs(t1);
            double median = medianTopTenMillis(model, m);
            out.println(String.format(Locale.ROOT, "%s: train %.2f s, top-10 median %.3f ms over %d customers",
                    r.spec(), train, median, Math.min(queries, m.userCount())));
            if (LiveRecommendations.supports(model)) {
                out.println(String.format(Locale.ROOT, "%s: live refresh after one new interaction (no retraining):"
                        + " median %.3f ms, max %.3f ms over %d customers", r.spec(),
                        liveRefreshMillis(model, m, 0.5), liveRefreshMillis(model, m, 1.0),
                        Math.min(queries, m.userCount())));
            }
            out.flush();
        }
        return 0;
    }

    private double medianTopTenMillis(TrainedModel model, InteractionMatrix m) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = Math.min(queries, m.userCount());
        for (int w = 0; w < Math.min(50, n); w++) {
            model.recommendUnseen(rnd.nextInt(m.userCount()), 10);
        }
        double[] ms = new double[n];
        for (int q = 0; q < n; q++) {
            int u = rnd.nextInt(m.userCount());
            long t = System.nanoTime();
            model.recommendUnseen(u, 10);
            ms[q] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return n == 0 ? 0 : ms[n / 2];
    }

    /**
     * The {@code quantile} (0.5 median, 1.0 max) of the time to refresh one customer's top-10 after one new
     * interaction (an item they do not have yet), without retraining: ALS folds the customer in, kNN and EASE
     * re-score the row.
     */
    private double liveRefreshMillis(TrainedModel model, InteractionMatrix m, double quantile) {
        LiveRecommendations live = new LiveRecommendations(model);
        SplittableRandom rnd = new SplittableRandom(seed + 1);
        int n = Math.min(queries, m.userCount());
        double[] ms = new double[n];
        for (int q = 0; q < n + Math.min(50, n); q++) {
            int u = rnd.nextInt(m.userCount());
            int item = rnd.nextInt(m.itemCount());
            long t = System.nanoTime();
            live.refresh(m.users().id(u), List.of(m.items().id(item)), 10);
            double took = (System.nanoTime() - t) / 1e6;
            if (q >= Math.min(50, n)) {
                ms[q - Math.min(50, n)] = took;
            }
        }
        Arrays.sort(ms);
        return n == 0 ? 0 : ms[Math.min(n - 1, (int) Math.floor(quantile * (n - 1)))];
    }

    private static void positive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(option + " must be positive, was " + value);
        }
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
