package org.tailor.core.persona;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * RFM quintile scores and named segments.
 *
 * <p>Scores: customers are ranked from worst to best on each measure (recency: most days first; frequency and
 * monetary: lowest first), 0-based ranks among n customers. Equal values share one score (mid-rank rule): a group
 * of tied customers occupying ranks {@code first..last} is placed at its mid-rank percentile
 * {@code p = (first + last + 1) / (2n)} and scores {@code 1 + floor(5 p)}. Without ties this is
 * {@code 1 + floor(5 (r + 0.5) / n)}, so n = 5 gives 1..5 and n = 10 two per quintile; identical customers always
 * get identical scores, and when everyone is equal (a lone customer included) everyone scores the middle
 * quintile 3, since nobody is better or worse than anyone. Quintiles are therefore only as equal in size as the
 * ties allow.
 *
 * <p>Segments, decided on R and F (first matching row wins):
 * <pre>
 *  Champions          R 4-5, F 4-5
 *  Loyal              R 3,   F 4-5
 *  Can't lose them    R 1-2, F 5,   M 4-5
 *  At risk            R 1-2, F 3-5
 *  New                R 4-5, F 1
 *  Potential loyalist R 4-5, F 2-3
 *  Needs attention    R 3,   F 1-3
 *  Hibernating        R 1-2, F 1-2
 * </pre>
 */
public final class RfmScorer {
    public static final List<String> SEGMENTS = List.of("Champions", "Loyal", "Can't lose them", "At risk", "New",
            "Potential loyalist", "Needs attention", "Hibernating");

    public List<RfmScore> score(List<CustomerFeatures> rows) {
        int[] r = quintiles(rows, c -> -c.recencyDays());
        int[] f = quintiles(rows, CustomerFeatures::frequency);
        int[] m = quintiles(rows, CustomerFeatures::monetary);
        List<RfmScore> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new RfmScore(rows.get(i).customerId(), r[i], f[i], m[i], segment(r[i], f[i], m[i])));
        }
        return out;
    }

    /** Customers per segment, in the order of {@link #SEGMENTS} (segments with nobody are listed with 0). */
    public static Map<String, Integer> counts(List<RfmScore> scores) {
        Map<String, Integer> out = new LinkedHashMap<>();
        SEGMENTS.forEach(s -> out.put(s, 0));
        scores.forEach(s -> out.merge(s.segment(), 1, Integer::sum));
        return out;
    }

    /** Quintile of each row when ranked by {@code better} ascending (higher = better); ties share the mid-rank. */
    static int[] quintiles(List<CustomerFeatures> rows, ToDoubleFunction<CustomerFeatures> better) {
        int n = rows.size();
        List<Integer> order = new ArrayList<>(n);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            order.add(i);
            v[i] = better.applyAsDouble(rows.get(i));
        }
        order.sort(Comparator.comparingDouble(i -> v[i]));
        int[] q = new int[n];
        int first = 0;
        while (first < n) {
            int last = first;
            while (last + 1 < n && v[order.get(last + 1)] == v[order.get(first)]) {
                last++;
            }
            // 1 + floor(5 * (first + last + 1) / (2n)), in integers; at most 1 + floor(5 (2n - 1) / 2n) = 5
            int score = 1 + (int) ((5L * (first + last + 1)) / (2L * n));
            for (int r = first; r <= last; r++) {
                q[order.get(r)] = score;
            }
            first = last + 1;
        }
        return q;
    }

    static String segment(int r, int f, int m) {
        if (r >= 4 && f >= 4) {
            return "Champions";
        }
        if (r == 3 && f >= 4) {
            return "Loyal";
        }
        if (r <= 2 && f == 5 && m >= 4) {
            return "Can't lose them";
        }
        if (r <= 2 && f >= 3) {
            return "At risk";
        }
        if (r >= 4 && f == 1) {
            return "New";
        }
        if (r >= 4) {
            return "Potential loyalist";
        }
        if (r == 3) {
            return "Needs attention";
        }
        return "Hibernating";
    }
}
