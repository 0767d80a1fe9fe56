package org.tailor.core.evaluate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The evaluation protocols: per-customer temporal (the default), global temporal with a cut-off, leave-one-out
 * (each customer's latest pair), and a seeded random split over unique (customer, item) pairs, so repeats of a pair
 * never land on both sides.
 */
public final class Splitters {
    private Splitters() {
    }

    private static final Comparator<RatingRow> BY_TIME = Comparator.comparingLong(RatingRow::time)
            .thenComparing(RatingRow::itemId).thenComparingInt(RatingRow::line);

    /** Per customer, rows by time (then item): the latest floor(n * fraction) go to test; at least one stays in train. */
    public static RowSplit perCustomerTemporal(List<RatingRow> rows, double testFraction) {
        checkFraction(testFraction);
        List<RatingRow> train = new ArrayList<>();
        List<RatingRow> test = new ArrayList<>();
        for (List<RatingRow> xs : byCustomer(rows).values()) {
            xs.sort(BY_TIME);
            int nTest = Math.min((int) Math.floor(xs.size() * testFraction), xs.size() - 1);
            train.addAll(xs.subList(0, xs.size() - nTest));
            test.addAll(xs.subList(xs.size() - nTest, xs.size()));
        }
        return new RowSplit(train, test, String.format(Locale.ROOT,
                "per-customer temporal: latest %.0f%% of each customer's rows in test", testFraction * 100));
    }

    /** Rows at or after {@code cutoffEpochSeconds} go to test, earlier ones to train. */
    public static RowSplit globalTemporal(List<RatingRow> rows, long cutoffEpochSeconds) {
        List<RatingRow> train = new ArrayList<>();
        List<RatingRow> test = new ArrayList<>();
        for (RatingRow r : rows) {
            if (r.time() == RatingRow.NO_TIME) {
                throw new DataFileException("Line " + r.line() + ": a global temporal split needs a time on every row");
            }
            (r.time() >= cutoffEpochSeconds ? test : train).add(r);
        }
        return new RowSplit(train, test, "global temporal: rows on or after "
                + Instant.ofEpochSecond(cutoffEpochSeconds) + " in test");
    }

    /** Each customer's latest distinct item (all its rows) goes to test, when the customer has at least two items. */
    public static RowSplit leaveOneOut(List<RatingRow> rows) {
        List<RatingRow> train = new ArrayList<>();
        List<RatingRow> test = new ArrayList<>();
        for (List<RatingRow> xs : byCustomer(rows).values()) {
            xs.sort(BY_TIME);
            String last = xs.get(xs.size() - 1).itemId();
            boolean other = xs.stream().anyMatch(r -> !r.itemId().equals(last));
            for (RatingRow r : xs) {
                (other && r.itemId().equals(last) ? test : train).add(r);
            }
        }
        return new RowSplit(train, test, "leave-one-out: each customer's latest item in test");
    }

    /** Unique pairs shuffled with {@code seed}; a {@code testFraction} share of them (all their rows) go to test. */
    public static RowSplit random(List<RatingRow> rows, double testFraction, long seed) {
        checkFraction(testFraction);
        Map<String, List<RatingRow>> byPair = new LinkedHashMap<>();
        for (RatingRow r : rows) {
            byPair.computeIfAbsent(r.pairKey(), k -> new ArrayList<>()).add(r);
        }
        List<String> keys = new ArrayList<>(byPair.keySet());
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = keys.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String t = keys.get(i);
            keys.set(i, keys.get(j));
            keys.set(j, t);
        }
        int nTest = (int) Math.round(keys.size() * testFraction);
        Set<String> testKeys = new HashSet<>(keys.subList(0, nTest));
        List<RatingRow> train = new ArrayList<>();
        List<RatingRow> test = new ArrayList<>();
        for (Map.Entry<String, List<RatingRow>> e : byPair.entrySet()) {
            (testKeys.contains(e.getKey()) ? test : train).addAll(e.getValue());
        }
        return new RowSplit(train, test, String.format(Locale.ROOT,
                "random over unique pairs: %.0f%% of pairs in test, seed %d", testFraction * 100, seed));
    }

    private static Map<String, List<RatingRow>> byCustomer(List<RatingRow> rows) {
        Map<String, List<RatingRow>> m = new LinkedHashMap<>();
        for (RatingRow r : rows) {
            m.computeIfAbsent(r.customerId(), k -> new ArrayList<>()).add(r);
        }
        return m;
    }

    private static void checkFraction(double f) {
        if (!(f > 0 && f < 1)) {
            throw new IllegalArgumentException("The test fraction must be between 0 and 1, was " + f);
        }
    }
}
