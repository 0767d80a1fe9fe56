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
import org.tailor.core.evaluate.Experiment;
import org.tailor.core.evaluate.ExternalListEvaluation;
import org.tailor.core.evaluate.ItemTextFile;
import org.tailor.core.evaluate.ListScorer;
import org.tailor.core.evaluate.PairedComparison;
import org.tailor.core.evaluate.RatingAccuracy;
import org.tailor.core.evaluate.RatingRow;
import org.tailor.core.evaluate.RatingsFile;
import org.tailor.core.evaluate.Relevance;
import org.tailor.core.evaluate.Tuner;
import org.tailor.core.evaluate.VariantResult;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.ContentRecommender.ItemVectors;
import org.tailor.core.recommend.Recommender;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Offline evaluation of recommender variants on a given train/test split, or of a ranked list made elsewhere. */
@Command(mixinStandardHelpOptions = true, name = "evaluate", description = "Evaluate variants on a train/test split (TSV/CSV, gzip read directly), "
        + "or score a ranked list made elsewhere with --recommendations.")
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--train", description = "Training rows: user, item[, rating[, timestamp]].")
    Path train;

    @Option(names = "--test", required = true, description = "Test rows (same layout).")
    Path test;

    @Option(names = "--recommendations", description = "Ranked lists to score: customer_id, rank, product_id[, score].")
    Path recommendations;

    @Option(names = "--k", defaultValue = "10", description = "Cut-off K (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--variants", defaultValue = "pop,itemknn,userknn,als",
            description = "Variants, comma separated, parameters as name:key=value,key=value "
                    + "(e.g. pop,itemknn:k=50,shrink=10,als). Default ${DEFAULT-VALUE}.")
    String variants;

    @Option(names = "--min-relevant", defaultValue = "4", description = "A test rating at least this is relevant "
            + "(rows without a rating are always relevant). Default ${DEFAULT-VALUE}.")
    double minRelevant;

    @Option(names = "--items", description = "Item text (MovieLens u.item or a CSV with id and title/category/genres) "
            + "for the content variant and intra-list diversity.")
    Path items;

    @Option(names = "--cold-fallback", description = "Serve cold customers the popularity list and include them.")
    boolean coldFallback;

    @Option(names = "--tune", description = "Tune each variant's parameters on a validation split cut from the "
            + "training file only, then train the best on the whole training file.")
    boolean tune;

    @Option(names = "--validation", defaultValue = "temporal", description = "How --tune cuts validation from "
            + "training: temporal (latest 20%% per customer) or random (20%% of pairs, seeded). Default ${DEFAULT-VALUE}.")
    String validation;

    @Option(names = "--compare", description = "Two variant names A,B: paired t and Wilcoxon tests over customers "
            + "(Holm-corrected across metrics) and bootstrap 95%% intervals of the difference.")
    String compare;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for tuning splits and bootstrap.")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CutOff.of(k, 1);
        Relevance.checkThreshold(minRelevant);
        Map<String, Object> report;
        if (recommendations != null) {
            List<RatingRow> testRows = RatingsFile.readRatings(test);
            report = ExternalListEvaluation.evaluate(RatingsFile.readRanked(recommendations), testRows, k,
                    minRelevant, recommendations.toString());
        } else {
            if (train == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Give --train (or --recommendations)");
            }
            report = evaluateVariants();
        }
        if (json) {
            out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls()
                    .serializeSpecialFloatingPointValues().create().toJson(report));
        } else {
            Map<String, Object> shown = new LinkedHashMap<>(report);
            shown.remove("error");
            ReportPrinter.print(shown, out);
        }
        Object error = report.get("error");
        if (error != null) {
            out.flush();
            spec.commandLine().getErr().println("error: " + error);
            return 1;
        }
        return 0;
    }

    private Map<String, Object> evaluateVariants() {
        List<RatingRow> trainRows = RatingsFile.readRatings(train);
        List<RatingRow> testRows = RatingsFile.readRatings(test);
        EvaluationSet set = EvaluationSet.of(trainRows, testRows, minRelevant, "given split: train " + train
                + ", test " + test);
        CutOff cut = CutOff.of(k, set.split().train().itemCount());
        ItemVectors features = null;
        String[] text = null;
        if (items != null) {
            text = ItemTextFile.read(items, set.split().train().items());
            set = set.withItemText(text);
            features = ItemVectors.tfIdf(text, set.split().train().itemCount());
        }
        AlgorithmCatalog catalog = new AlgorithmCatalog();
        List<String> specs = AlgorithmCatalog.splitSpecs(variants);
        Map<String, Object> report = new LinkedHashMap<>();
        List<Recommender> recs = new ArrayList<>();
        List<Object> tuning = new ArrayList<>();
        Optional<String> nothing = set.nothingToScore(coldFallback);
        if (nothing.isPresent()) {
            specs.forEach(s -> recs.add(catalog.create(s.trim())));
            return nothingScored(set, cut, recs, nothing.get());
        }
        for (String s : specs) {
            if (tune && !s.contains(":")) {
                Tuner.Result r = new Tuner(catalog, cut.k(), minRelevant, seed).tune(s.trim(), trainRows, text,
                        validation, Progress.NONE, Cancellation.NONE);
                tuning.add(r.toReport());
                recs.add(catalog.create(r.bestSpec()));
            } else {
                recs.add(catalog.create(s.trim()));
            }
        }
        Experiment exp = new Experiment(new Experiment.Options(cut.k(), coldFallback, features));
        List<VariantResult> results = exp.run(set, recs, Progress.NONE, Cancellation.NONE);
        Map<String, Object> protocol = Protocol.of(set, cut, minRelevant,
                results.isEmpty() ? "" : results.get(0).population());
        protocol.put("scored_customers", results.isEmpty() ? 0 : results.get(0).users().length);
        report.put("protocol", protocol);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (VariantResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("variant", r.variant());
            row.put("spec", r.spec());
            r.metrics().forEach((name, v) -> row.put(name, Double.isNaN(v) ? null : v));
            row.put("train_seconds", round(r.trainSeconds()));
            List<String> notes = new ArrayList<>(r.notes());
            if (cut.isCapped()) {
                notes.add(0, cut.note() + " in training");
            }
            if (!notes.isEmpty()) {
                row.put("notes", notes);
            }
            rows.add(row);
        }
        report.put("variants", rows);
        if (!tuning.isEmpty()) {
            report.put("tuning", tuning);
        }
        RatingAccuracy.Result rating = RatingAccuracy.baseline(trainRows, testRows);
        if (rating != null) {
            report.put("rating", rating.toReport());
        }
        if (compare != null) {
            report.put("comparison", comparison(results));
        }
        return report;
    }

    /** The report when no customer can be scored: the protocol, every variant with null metrics, and why. */
    private Map<String, Object> nothingScored(EvaluationSet set, CutOff cut, List<Recommender> recs, String why) {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> protocol = Protocol.of(set, cut, minRelevant, "nobody");
        protocol.put("scored_customers", 0);
        report.put("protocol", protocol);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Recommender r : recs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("variant", r.name());
            row.put("spec", r.spec());
            new ListScorer(cut.k()).metrics().forEach(m -> row.put(m.name(), null));
            for (String name : List.of("coverage", "novelty", "avg_popularity")) {
                row.put(name, null);
            }
            row.put("notes", List.of("no data: " + why));
            rows.add(row);
        }
        report.put("variants", rows);
        report.put("error", "no customer could be scored: " + why.replace("training data", "training file " + train)
                .replace("test data", "test file " + test));
        return report;
    }

    private Map<String, Object> comparison(List<VariantResult> results) {
        String[] names = compare.split(",");
        if (names.length != 2) {
            throw new IllegalArgumentException("--compare needs two variant names, e.g. --compare ease,als");
        }
        VariantResult a = find(results, names[0].trim());
        VariantResult b = find(results, names[1].trim());
        return PairedComparison.compare(a, b, seed).toReport();
    }

    private static VariantResult find(List<VariantResult> results, String name) {
        return results.stream().filter(r -> r.variant().equals(name) || r.spec().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--compare: variant " + name + " was not evaluated"));
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The protocol block: what was split how, and who was counted where. */
    static final class Protocol {
        private Protocol() {
        }

        static Map<String, Object> of(EvaluationSet set, CutOff cut, double minRelevant, String population) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("split", set.split().description());
            p.put("k", cut.k());
            if (cut.isCapped()) {
                p.put("k_requested", cut.requested());
                p.put("k_note", cut.note() + " in training");
            }
            p.put("relevance", String.format(Locale.ROOT, "test rating >= %s (rows without a rating are relevant)",
                    minRelevant == Math.rint(minRelevant) ? String.valueOf((long) minRelevant) : minRelevant));
            p.put("ranking", "full ranking over all training items the customer has not got in training");
            p.put("train_rows", set.trainRows().size());
            p.put("test_rows", set.testRows().size());
            p.put("train_customers", set.split().train().userCount());
            p.put("train_items", set.split().train().itemCount());
            p.put("evaluated_customers", set.split().testRelevant().size());
            p.put("customers_without_relevant", set.split().customersWithoutRelevant());
            p.put("cold_customers", set.coldCustomers());
            p.put("cold_customer_rows", set.split().coldCustomerRows());
            p.put("cold_items", set.coldItems());
            p.put("cold_item_rows", set.split().coldItemRows());
            p.put("test_pairs_dropped_already_in_train", set.split().droppedAlreadyInTrain());
            p.put("population", population);
            return p;
        }
    }
}
