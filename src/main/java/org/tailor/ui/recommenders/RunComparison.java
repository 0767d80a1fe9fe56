package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tailor.core.evaluate.PairedComparison;
import org.tailor.core.evaluate.Stats;
import org.tailor.core.evaluate.VariantResult;
import org.tailor.ui.common.ErrorBars;
import org.tailor.ui.recommenders.RecommenderService.RunRecord;

/**
 * What the comparison charts show for the selected runs: per run and list metric the mean with a seeded percentile
 * bootstrap 95% interval over customers, the precision-recall curve, NDCG@K against coverage, and the paired test
 * between the first two runs when they share a split. Plain values (no JavaFX), computed off the FX thread.
 */
final class RunComparison {
    static final int RESAMPLES = PairedComparison.RESAMPLES;

    /** @param paired null when fewer than two runs are selected or they were not on the same split and data */
    record Result(List<ErrorBars.Series> bars, List<Curve> curves, List<Point> accuracyCoverage,
                  PairedComparison.Result paired, String pairingProblem) {
    }

    /** Mean precision and recall at K = 1..n of one run. */
    record Curve(String name, double[] precision, double[] recall) {
    }

    /** NDCG@K (y) against catalogue coverage (x) of one run. */
    record Point(String name, double coverage, double ndcg) {
    }

    private RunComparison() {
    }

    /** The run's label in charts and tables: its id and variant spec. */
    static String label(RunRecord r) {
        return "#" + r.id() + " " + r.spec();
    }

    /** Percentile bootstrap 95% interval of the mean of {@code values} ({@value #RESAMPLES} resamples). */
    static double[] interval(double[] values, long seed) {
        return Stats.bootstrapMeanCi(values, RESAMPLES, 0.95, seed);
    }

    static Result compute(List<RunRecord> runs) {
        List<ErrorBars.Series> bars = new ArrayList<>();
        List<Curve> curves = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        for (RunRecord r : runs) {
            List<ErrorBars.Bar> b = new ArrayList<>();
            for (Map.Entry<String, double[]> e : r.perUser().entrySet()) {
                double mean = r.metrics().getOrDefault(e.getKey(), 0.0);
                double[] ci = interval(e.getValue(), r.seed());
                b.add(new ErrorBars.Bar(e.getKey(), mean, ci[0], ci[1]));
            }
            bars.add(new ErrorBars.Series(label(r), List.copyOf(b)));
            if (r.precisionAtK() != null && r.recallAtK() != null) {
                curves.add(new Curve(label(r), r.precisionAtK(), r.recallAtK()));
            }
            points.add(new Point(label(r), r.metrics().getOrDefault("coverage", 0.0),
                    r.metrics().getOrDefault("ndcg@" + r.k(), 0.0)));
        }
        PairedComparison.Result paired = null;
        String problem = runs.size() < 2 ? "recommenders.paired.chooseTwo" : "";
        if (runs.size() >= 2) {
            RunRecord a = runs.get(0);
            RunRecord b = runs.get(1);
            if (!a.pairsWith(b) || a.k() != b.k()) {
                problem = "recommenders.paired.differentSplits";
            } else {
                paired = PairedComparison.compare(asResult(a), asResult(b), a.seed());
            }
        }
        return new Result(List.copyOf(bars), List.copyOf(curves), List.copyOf(points), paired, problem);
    }

    static VariantResult asResult(RunRecord r) {
        return new VariantResult(r.spec(), label(r), Map.of(), r.trainSeconds(), r.metrics(), r.users(),
                r.perUser(), "", List.of());
    }
}
