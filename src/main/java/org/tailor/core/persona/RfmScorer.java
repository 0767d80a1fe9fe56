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
 * monetary: lowest first); ties are split deterministically by customer id in {@link NaturalOrder}, the lower id
 * getting the lower rank. With 0-based rank r among n customers the score is {@code 1 + floor(5 r / n)}, so each
 * quintile holds n/5 customers (the first quintiles get one fewer when n is not a multiple of 5). Tied customers can
 * therefore land in neighbouring quintiles; that is the documented price of equal-size quintiles.
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

    /** Quintile of each row when ranked by {@code better} ascending (higher = better), ties by customer id. */
    static int[] quintiles(List<CustomerFeatures> rows, ToDoubleFunction<CustomerFeatures> better) {
        int n = rows.size();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> better.applyAsDouble(rows.get(i)))
                .thenComparing(i -> rows.get(i).customerId(), NaturalOrder.INSTANCE));
        int[] q = new int[n];
        for (int rank = 0; rank < n; rank++) {
            q[order.get(rank)] = 1 + (int) ((5L * rank) / n);
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
