package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores ranked lists against relevant sets with every list metric at K; shared by models and external lists. */
public final class ListScorer {
    private final List<ListMetric> metrics;

    public ListScorer(int k) {
        this.metrics = List.of(new NdcgAtK(k), new PrecisionAtK(k), new RecallAtK(k), new HitRateAtK(k),
                new MapAtK(k), new MrrAtK(k));
    }

    public List<ListMetric> metrics() {
        return metrics;
    }

    /** Per-customer values: metric name -> values aligned with {@code lists}. */
    public Map<String, double[]> perUser(int[][] lists, int[][] relevant) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (ListMetric m : metrics) {
            double[] v = new double[lists.length];
            for (int x = 0; x < lists.length; x++) {
                v[x] = m.evaluate(lists[x], relevant[x]);
            }
            out.put(m.name(), v);
        }
        return out;
    }

    /** Mean of each metric over customers; NaN (no data) when no customer was scored, never a made-up 0. */
    public static Map<String, Double> means(Map<String, double[]> perUser) {
        Map<String, Double> out = new LinkedHashMap<>();
        perUser.forEach((k, v) -> {
            double s = 0;
            for (double x : v) {
                s += x;
            }
            out.put(k, v.length == 0 ? Double.NaN : s / v.length);
        });
        return out;
    }

    static List<String> names(List<ListMetric> metrics) {
        List<String> n = new ArrayList<>();
        metrics.forEach(m -> n.add(m.name()));
        return n;
    }
}
