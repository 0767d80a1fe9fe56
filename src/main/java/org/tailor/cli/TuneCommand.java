package org.tailor.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tailor.core.evaluate.CutOff;
import org.tailor.core.evaluate.EvaluationSet;
import org.tailor.core.evaluate.RatingRow;
import org.tailor.core.evaluate.RatingsFile;
import org.tailor.core.evaluate.Relevance;
import org.tailor.core.evaluate.TrainingCurve;
import org.tailor.core.evaluate.Tuner;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.IterativeRecommender;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Hyper-parameter search on a validation split cut from the training file, with a training curve for the best. */
@Command(mixinStandardHelpOptions = true, name = "tune", description = "Search a variant's parameters on a validation split cut from the training "
        + "file only; print every try, the best, and (for als, bpr, neural) its per-epoch loss and validation NDCG.")
final class TuneCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--train", required = true, description = "Training rows (the test file is never read).")
    Path train;

    @Option(names = "--variant", required = true, description = "Variant name: ease, als, itemknn, userknn, bpr, ...")
    String variant;

    @Option(names = "--k", defaultValue = "10", description = "List length k of the NDCG@k score (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--min-relevant", defaultValue = "4", description = "Ratings at or above this count as relevant"
            + " (default ${DEFAULT-VALUE}).")
    double minRelevant;

    @Option(names = "--validation", defaultValue = "temporal", description = "temporal or random.")
    String validation;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the validation split and training"
            + " (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CutOff.of(k, 1);
        Relevance.checkThreshold(minRelevant);
        AlgorithmCatalog catalog = new AlgorithmCatalog();
        catalog.create(variant);
        List<RatingRow> rows = RatingsFile.readRatings(train);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The training file " + train + " has no rows: there is nothing to tune on");
        }
        CutOff cut = CutOff.of(k, (int) rows.stream().map(RatingRow::itemId).distinct().count());
        Tuner tuner = new Tuner(catalog, cut.k(), minRelevant, seed);
        EvaluationSet vs = tuner.validationSplit(rows, validation).toEvaluationSet(minRelevant);
        Optional<String> nothing = vs.nothingToScore(false);
        if (nothing.isPresent()) {
            throw new IllegalArgumentException("No customer could be scored on the validation split cut from "
                    + train + ": " + nothing.get());
        }
        Tuner.Result result = tuner.tune(variant, rows, null, validation, Progress.NONE, Cancellation.NONE);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("k", cut.k());
        if (cut.isCapped()) {
            report.put("k_note", cut.note());
        }
        report.putAll(result.toReport());
        Recommender best = catalog.create(result.bestSpec());
        if (best instanceof IterativeRecommender it) {
            List<Map<String, Object>> curve = new ArrayList<>();
            for (TrainingCurve.Point p : TrainingCurve.record(it, vs, cut.k(), Progress.NONE, Cancellation.NONE)) {
                curve.add(Map.of("epoch", p.epoch(), "loss", p.loss(), "validation_ndcg", p.validationNdcg()));
            }
            report.put("curve", curve);
        }
        if (json) {
            out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(report));
            return 0;
        }
        if (cut.isCapped()) {
            out.println(cut.note());
        }
        out.println("validation: " + result.validation());
        out.println("search: " + result.search());
        out.println(String.format(Locale.ROOT, "  %-6s  %7s  %s", "ndcg@" + cut.k(), "train", "parameters")
                + "   (ndcg@" + cut.k() + " on the validation split)");
        for (Tuner.Trial t : result.trials()) {
            out.println(String.format(Locale.ROOT, "  %.4f  %6.2fs  %s", t.ndcg(), t.trainSeconds(), t.spec()));
        }
        out.println("best: " + result.bestSpec());
        if (report.containsKey("curve")) {
            out.println("epoch  loss  validation ndcg@" + cut.k());
            for (Object o : (List<?>) report.get("curve")) {
                Map<?, ?> p = (Map<?, ?>) o;
                out.println(String.format(Locale.ROOT, "  %3d  %.5f  %.4f", p.get("epoch"), p.get("loss"),
                        p.get("validation_ndcg")));
            }
        }
        return 0;
    }
}
