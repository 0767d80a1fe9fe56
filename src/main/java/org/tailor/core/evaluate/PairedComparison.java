package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two variants evaluated on the same split, customer by customer: for every list metric the mean
 * difference (A - B), a seeded percentile-bootstrap 95% interval of it, and two-sided p-values of the paired t-test
 * and the Wilcoxon signed-rank test, each Holm-corrected across the metrics compared.
 */
public final class PairedComparison {
    public static final int RESAMPLES = 2000;

    private PairedComparison() {
    }

    public record MetricComparison(String metric, double meanA, double meanB, double meanDifference, double ciLow,
                                   double ciHigh, double tP, double tPHolm, double wilcoxonP, double wilcoxonPHolm) {
    }

    public record Result(String variantA, String variantB, int customers, List<MetricComparison> metrics) {
        public Map<String, Object> toReport() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", variantA);
            m.put("b", variantB);
            m.put("customers", customers);
            m.put("method", "paired over customers; difference = a - b; bootstrap 95% percentile interval ("
                    + RESAMPLES + " resamples, seeded); p two-sided, Holm-corrected across metrics");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (MetricComparison c : metrics) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("metric", c.metric());
                r.put("mean_a", c.meanA());
                r.put("mean_b", c.meanB());
                r.put("difference", c.meanDifference());
                r.put("ci95", List.of(c.ciLow(), c.ciHigh()));
                r.put("t_p", c.tP());
                r.put("t_p_holm", c.tPHolm());
                r.put("wilcoxon_p", c.wilcoxonP());
                r.put("wilcoxon_p_holm", c.wilcoxonPHolm());
                rows.add(r);
            }
            m.put("metrics", rows);
            return m;
        }
    }

    /** Customers evaluated for both variants are paired; others are left out (they differ only with other splits). */
    public static Result compare(VariantResult a, VariantResult b, long seed) {
        Map<Integer, Integer> posB = new HashMap<>();
        for (int x = 0; x < b.users().length; x++) {
            posB.put(b.users()[x], x);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int x = 0; x < a.users().length; x++) {
            Integer y = posB.get(a.users()[x]);
            if (y != null) {
                pairs.add(new int[] {x, y});
            }
        }
        List<String> names = new ArrayList<>(a.perUser().keySet());
        names.retainAll(b.perUser().keySet());
        int m = names.size();
        double[][] diffs = new double[m][];
        double[] tp = new double[m];
        double[] wp = new double[m];
        for (int k = 0; k < m; k++) {
            double[] va = a.perUser().get(names.get(k));
            double[] vb = b.perUser().get(names.get(k));
            double[] d = new double[pairs.size()];
            for (int x = 0; x < d.length; x++) {
                d[x] = va[pairs.get(x)[0]] - vb[pairs.get(x)[1]];
            }
            diffs[k] = d;
            tp[k] = Stats.pairedTTest(d);
            wp[k] = Stats.wilcoxon(d);
        }
        double[] th = Stats.holm(tp);
        double[] wh = Stats.holm(wp);
        List<MetricComparison> out = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            double[] va = a.perUser().get(names.get(k));
            double[] vb = b.perUser().get(names.get(k));
            double sa = 0;
            double sb = 0;
            for (int[] p : pairs) {
                sa += va[p[0]];
                sb += vb[p[1]];
            }
            int n = Math.max(1, pairs.size());
            double[] ci = Stats.bootstrapMeanCi(diffs[k], RESAMPLES, 0.95, seed + k);
            out.add(new MetricComparison(names.get(k), sa / n, sb / n, (sa - sb) / n, ci[0], ci[1], tp[k], th[k],
                    wp[k], wh[k]));
        }
        return new Result(a.spec(), b.spec(), pairs.size(), List.copyOf(out));
    }
}
