package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;
import org.tailor.core.recommend.TrainingData;

/**
 * Everything one offline evaluation needs, built from train and test rows: the {@link Split} (training matrix with
 * weight 1 per distinct pair, relevant test items per warm customer), the training data with times, the relevant
 * items of cold customers (for an optional popularity fallback), and the raw rows for rating metrics.
 *
 * <p>Relevant items unknown to training (cold items) stay in the customer's relevant set with indices from
 * {@code train.itemCount()} upwards: no model can recommend them, but they count in recall and NDCG's ideal list.
 * Test pairs already in training are dropped from the targets and counted.
 */
public record EvaluationSet(Split split, TrainingData trainingData, List<int[]> coldCustomerRelevant,
                            int coldCustomers, int coldItems, int relevantThresholdRows, double minRelevant,
                            List<RatingRow> trainRows, List<RatingRow> testRows) {

    public static EvaluationSet of(List<RatingRow> trainRows, List<RatingRow> testRows, double minRelevant,
                                   String description) {
        Relevance.checkThreshold(minRelevant);
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        for (RatingRow r : trainRows) {
            b.add(r.customerId(), r.itemId(), 1.0);
        }
        InteractionMatrix built = b.build();
        // weight 1 per distinct pair, whatever the number of rows
        InteractionMatrixBuilder binary = InteractionMatrix.builder();
        for (int u = 0; u < built.userCount(); u++) {
            binary.addUser(built.users().id(u));
        }
        for (int i = 0; i < built.itemCount(); i++) {
            binary.addItem(built.items().id(i));
        }
        for (int u = 0; u < built.userCount(); u++) {
            for (int i : built.itemsOf(u)) {
                binary.add(u, i, 1.0);
            }
        }
        InteractionMatrix train = binary.build();
        long[] times = entryTimes(train, trainRows);

        Map<String, Integer> coldItemIdx = new HashMap<>();
        Map<Integer, TreeSet<Integer>> relevant = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> coldRelevant = new LinkedHashMap<>();
        Set<Integer> warmInTest = new HashSet<>();
        Set<String> droppedPairs = new HashSet<>();
        int coldCustomerRows = 0;
        int coldItemRows = 0;
        int relevantRows = 0;
        for (RatingRow r : testRows) {
            var u = train.users().indexOf(r.customerId());
            var i = train.items().indexOf(r.itemId());
            int itemIdx;
            if (i.isPresent()) {
                itemIdx = i.getAsInt();
            } else {
                coldItemRows++;
                itemIdx = coldItemIdx.computeIfAbsent(r.itemId(), k -> train.itemCount() + coldItemIdx.size());
            }
            if (u.isEmpty()) {
                coldCustomerRows++;
                TreeSet<Integer> set = coldRelevant.computeIfAbsent(r.customerId(), k -> new TreeSet<>());
                if (r.isRelevant(minRelevant)) {
                    set.add(itemIdx);
                }
                continue;
            }
            int userIdx = u.getAsInt();
            warmInTest.add(userIdx);
            if (i.isPresent() && train.contains(userIdx, itemIdx)) {
                droppedPairs.add(r.pairKey());
                continue;
            }
            if (r.isRelevant(minRelevant)) {
                relevantRows++;
                relevant.computeIfAbsent(userIdx, k -> new TreeSet<>()).add(itemIdx);
            }
        }
        Map<Integer, int[]> rel = new LinkedHashMap<>();
        relevant.forEach((k, v) -> rel.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        List<int[]> cold = new ArrayList<>();
        for (TreeSet<Integer> s : coldRelevant.values()) {
            if (!s.isEmpty()) {
                cold.add(s.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        int without = warmInTest.size() - rel.size();
        Split split = new Split(train, Map.copyOf(rel), without, coldCustomerRows, coldItemRows, droppedPairs.size(),
                description);
        return new EvaluationSet(split, new TrainingData(train, null, times), List.copyOf(cold), coldRelevant.size(),
                coldItemIdx.size(), relevantRows, minRelevant, List.copyOf(trainRows), List.copyOf(testRows));
    }

    /**
     * Why no customer can be scored on this set, or empty when at least one can: no training rows, no test rows,
     * every test customer unknown to training, or no relevant test item left. {@code coldFallback} counts cold
     * customers with a relevant item as scorable (they get the popularity list).
     */
    public java.util.Optional<String> nothingToScore(boolean coldFallback) {
        if (!split.testRelevant().isEmpty() || coldFallback && !coldCustomerRelevant.isEmpty()
                && split.train().itemCount() > 0) {
            return java.util.Optional.empty();
        }
        String why;
        if (trainRows.isEmpty()) {
            why = "the training data has no rows";
        } else if (testRows.isEmpty()) {
            why = "the test data has no rows";
        } else if (coldCustomers > 0 && split.customersWithoutRelevant() == 0) {
            why = "none of the " + coldCustomers + " test customers is in the training data (all are cold"
                    + (coldFallback ? "" : "; --cold-fallback serves them the popularity list") + ")";
        } else {
            why = "no test customer known to training has a relevant test item (relevance: test rating >= "
                    + minRelevant + "; " + split.customersWithoutRelevant() + " customers without one, "
                    + split.droppedAlreadyInTrain() + " test pairs already in training)";
        }
        return java.util.Optional.of(why);
    }

    /** The same set with item text for the content variant and diversity. */
    public EvaluationSet withItemText(String[] itemText) {
        return new EvaluationSet(split, new TrainingData(split.train(), itemText, trainingData.entryTimes()),
                coldCustomerRelevant, coldCustomers, coldItems, relevantThresholdRows, minRelevant, trainRows,
                testRows);
    }

    /** Latest time of each training pair, aligned with the matrix entries; null when the rows carry no times. */
    private static long[] entryTimes(InteractionMatrix train, List<RatingRow> rows) {
        if (rows.isEmpty() || rows.get(0).time() == RatingRow.NO_TIME) {
            return null;
        }
        long[] t = new long[train.nonZeros()];
        java.util.Arrays.fill(t, Long.MIN_VALUE);
        int[] rp = train.rowPointers();
        int[] ri = train.rowIndices();
        for (RatingRow r : rows) {
            int u = train.users().indexOf(r.customerId()).orElseThrow();
            int i = train.items().indexOf(r.itemId()).orElseThrow();
            int p = java.util.Arrays.binarySearch(ri, rp[u], rp[u + 1], i);
            t[p] = Math.max(t[p], r.time());
        }
        return t;
    }
}
