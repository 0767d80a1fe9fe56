package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tailor.core.evaluate.RatingsFile.RankedRow;
import org.tailor.core.index.IdIndex;

/**
 * Scores ranked lists made elsewhere against test rows with the same list metrics. Customers with a relevant test
 * item are evaluated (no list counts as an empty list, scored 0, and is counted); customers with lists but nothing
 * relevant are counted apart. Lists are ordered by rank; only the first K entries count. A list that repeats a rank
 * or an item is refused (see {@link RatingsFile#checkLists}). K is capped at the number of distinct items in the two
 * files (the only catalogue known here), and the report says so. When no customer has a relevant test item the
 * metrics are null and the report carries an {@code error} ("no customer could be scored: ...").
 */
public final class ExternalListEvaluation {
    private ExternalListEvaluation() {
    }

    public static Map<String, Object> evaluate(List<RankedRow> recs, List<RatingRow> test, int k, double minRelevant,
                                               String source) {
        Relevance.checkThreshold(minRelevant);
        CutOff.of(k, 1);
        if (recs.isEmpty()) {
            throw new DataFileException(source + " has no recommendation rows: there is nothing to score");
        }
        RatingsFile.checkLists(recs, source);
        IdIndex items = new IdIndex();
        Map<String, TreeSet<Integer>> relevant = new TreeMap<>();
        for (RatingRow r : test) {
            int i = items.add(r.itemId());
            TreeSet<Integer> set = relevant.computeIfAbsent(r.customerId(), c -> new TreeSet<>());
            if (r.isRelevant(minRelevant)) {
                set.add(i);
            }
        }
        Map<String, List<RankedRow>> lists = new TreeMap<>();
        for (RankedRow r : recs) {
            items.add(r.itemId());
            lists.computeIfAbsent(r.customerId(), c -> new ArrayList<>()).add(r);
        }
        CutOff cut = CutOff.of(k, items.size());
        List<int[]> ranked = new ArrayList<>();
        List<int[]> rel = new ArrayList<>();
        BitSet recommended = new BitSet();
        int withoutList = 0;
        for (Map.Entry<String, TreeSet<Integer>> e : relevant.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<RankedRow> l = lists.getOrDefault(e.getKey(), List.of());
            if (l.isEmpty()) {
                withoutList++;
            }
            int[] list = l.stream().sorted(Comparator.comparingInt(RankedRow::rank))
                    .mapToInt(r -> items.indexOf(r.itemId()).orElseThrow()).limit(cut.k()).toArray();
            for (int i : list) {
                recommended.set(i);
            }
            ranked.add(list);
            rel.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        long withoutRelevant = relevant.values().stream().filter(TreeSet::isEmpty).count()
                + lists.keySet().stream().filter(c -> !relevant.containsKey(c)).count();
        ListScorer scorer = new ListScorer(cut.k());
        Map<String, Double> means = ListScorer.means(scorer.perUser(ranked.toArray(new int[0][]),
                rel.toArray(new int[0][])));
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("source", source);
        protocol.put("k", cut.k());
        if (cut.isCapped()) {
            protocol.put("k_requested", cut.requested());
        }
        protocol.put("relevance", "test rating >= " + minRelevant + " (rows without a rating are relevant)");
        protocol.put("evaluated_customers", ranked.size());
        protocol.put("customers_without_relevant", withoutRelevant);
        protocol.put("customers_without_list", withoutList);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("variant", "external");
        means.forEach((name, v) -> row.put(name, Double.isNaN(v) ? null : v));
        row.put("coverage", ranked.isEmpty() ? null : recommended.cardinality() / (double) items.size());
        List<String> notes = new ArrayList<>();
        if (cut.isCapped()) {
            notes.add(cut.note() + " in the two files");
        }
        notes.add("coverage: distinct recommended items / distinct items in the two files (no training catalogue given)");
        row.put("notes", notes);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("protocol", protocol);
        report.put("variants", List.of(row));
        if (ranked.isEmpty()) {
            report.put("error", "no customer could be scored: " + (test.isEmpty() ? "the test file has no rows"
                    : "no test customer has a relevant item (test rating >= " + minRelevant + ")"));
        }
        return report;
    }
}
