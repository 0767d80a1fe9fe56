package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tailor.core.index.IdIndex;
import org.tailor.core.evaluate.RatingsFile.RankedRow;

/**
 * Scores ranked lists made elsewhere against test rows with the same list metrics. Customers with a relevant test
 * item are evaluated (no list counts as an empty list, scored 0, and is counted); customers with lists but nothing
 * relevant are counted apart. Lists are ordered by rank; only the first K entries count.
 */
public final class ExternalListEvaluation {
    private ExternalListEvaluation() {
    }

    public static Map<String, Object> evaluate(List<RankedRow> recs, List<RatingRow> test, int k, double minRelevant,
                                               String source) {
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
        List<int[]> ranked = new ArrayList<>();
        List<int[]> rel = new ArrayList<>();
        java.util.BitSet recommended = new java.util.BitSet();
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
                    .mapToInt(r -> items.indexOf(r.itemId()).orElseThrow()).limit(k).toArray();
            for (int i : list) {
                recommended.set(i);
            }
            ranked.add(list);
            rel.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
        }
        long withoutRelevant = relevant.values().stream().filter(TreeSet::isEmpty).count()
                + lists.keySet().stream().filter(c -> !relevant.containsKey(c)).count();
        ListScorer scorer = new ListScorer(k);
        Map<String, Double> means = ListScorer.means(scorer.perUser(ranked.toArray(new int[0][]),
                rel.toArray(new int[0][])));
        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("source", source);
        protocol.put("k", k);
        protocol.put("relevance", "test rating >= " + minRelevant + " (rows without a rating are relevant)");
        protocol.put("evaluated_customers", ranked.size());
        protocol.put("customers_without_relevant", withoutRelevant);
        protocol.put("customers_without_list", withoutList);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("variant", "external");
        row.putAll(means);
        row.put("coverage", items.size() == 0 ? 0.0 : recommended.cardinality() / (double) items.size());
        row.put("notes", List.of("coverage: distinct recommended items / distinct items in the two files "
                + "(no training catalogue given)"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("protocol", protocol);
        report.put("variants", List.of(row));
        return report;
    }
}
