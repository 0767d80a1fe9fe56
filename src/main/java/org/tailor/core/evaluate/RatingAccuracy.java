package org.tailor.core.evaluate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RMSE and MAE of a rating predictor: the damped baseline {@code mu + b_u + b_i} with
 * {@code b_i = sum(r - mu) / (n_i + 10)} and {@code b_u = sum(r - mu - b_i) / (n_u + 10)}. Test pairs whose
 * customer or item has no training rating get no prediction: they are counted, never guessed silently.
 */
public final class RatingAccuracy {
    static final double DAMPING = 10;

    private RatingAccuracy() {
    }

    public record Result(double rmse, double mae, int pairs, int pairsWithoutPrediction, double globalMean) {
        public Map<String, Object> toReport() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("model", "baseline: global mean + damped customer and item biases (damping 10)");
            m.put("rmse", pairs == 0 ? null : rmse);
            m.put("mae", pairs == 0 ? null : mae);
            m.put("pairs", pairs);
            m.put("pairs_without_prediction", pairsWithoutPrediction);
            m.put("note", pairs + " of " + (pairs + pairsWithoutPrediction) + " test ratings predicted; "
                    + pairsWithoutPrediction + " had an unknown customer or item and are left out");
            return m;
        }
    }

    /** Null when the training rows carry no ratings. */
    public static Result baseline(List<RatingRow> train, List<RatingRow> test) {
        if (train.isEmpty() || !train.get(0).hasRating()) {
            return null;
        }
        double mu = train.stream().mapToDouble(RatingRow::rating).average().orElse(0);
        Map<String, double[]> item = new HashMap<>();
        for (RatingRow r : train) {
            double[] a = item.computeIfAbsent(r.itemId(), k -> new double[2]);
            a[0] += r.rating() - mu;
            a[1]++;
        }
        Map<String, Double> bi = new HashMap<>();
        item.forEach((k, a) -> bi.put(k, a[0] / (a[1] + DAMPING)));
        Map<String, double[]> user = new HashMap<>();
        for (RatingRow r : train) {
            double[] a = user.computeIfAbsent(r.customerId(), k -> new double[2]);
            a[0] += r.rating() - mu - bi.get(r.itemId());
            a[1]++;
        }
        Map<String, Double> bu = new HashMap<>();
        user.forEach((k, a) -> bu.put(k, a[0] / (a[1] + DAMPING)));
        double se = 0;
        double ae = 0;
        int n = 0;
        int without = 0;
        for (RatingRow r : test) {
            if (!r.hasRating()) {
                continue;
            }
            Double b1 = bu.get(r.customerId());
            Double b2 = bi.get(r.itemId());
            if (b1 == null || b2 == null) {
                without++;
                continue;
            }
            double e = r.rating() - (mu + b1 + b2);
            se += e * e;
            ae += Math.abs(e);
            n++;
        }
        return new Result(n == 0 ? Double.NaN : Math.sqrt(se / n), n == 0 ? Double.NaN : ae / n, n, without, mu);
    }
}
