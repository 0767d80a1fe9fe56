package org.tailor.core.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tailor.core.persona.NaturalOrder;
import org.tailor.core.task.Cancellation;

/**
 * k-anonymity and distinct l-diversity over chosen quasi-identifiers. Records are grouped by their QI values
 * (classes in first-seen order). Under convention B a class's compatible size is the number of records whose
 * values equal it or are suppressed wherever either side is (computed class against class, so the cost grows with
 * the number of distinct classes, not records squared). Violators: records with compatible size below the target.
 */
public final class KAnonymityCheck {
    public static final String SUPPRESSED = "*";

    public KAnonymityReport run(List<QuasiRecord> all, List<String> qi, int targetK, Convention convention,
                                String sensitive, Map<String, String> filter, Cancellation cancel) {
        if (qi.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one quasi-identifier");
        }
        if (targetK < 1) {
            throw new IllegalArgumentException("The target k must be at least 1, was " + targetK);
        }
        QuasiColumns columns = new QuasiColumns(all);
        columns.requireAll(qi, "quasi-identifier");
        if (sensitive != null) {
            columns.require(sensitive, "sensitive column");
        }
        columns.requireAll(filter.keySet(), "filter column (--where)");
        if (Set.copyOf(qi).size() != qi.size()) {
            throw new IllegalArgumentException("A quasi-identifier is listed twice: " + String.join(", ", qi));
        }
        List<QuasiRecord> records = all.stream().filter(r -> matches(r, filter)).toList();
        Map<List<String>, List<QuasiRecord>> groups = new LinkedHashMap<>();
        for (QuasiRecord r : records) {
            List<String> key = qi.stream().map(c -> r.get(c.trim())).toList();
            groups.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
        }
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        List<EquivalenceClass> classes = new ArrayList<>();
        Map<Integer, Integer> histogram = new TreeMap<>();
        List<String> violators = new ArrayList<>();
        int violatingClasses = 0;
        Integer k = null;
        Integer l = null;
        for (List<String> key : keys) {
            cancel.check();
            List<QuasiRecord> members = groups.get(key);
            int compatible = members.size();
            if (convention == Convention.SUPPRESSED_IS_WILDCARD) {
                compatible = 0;
                for (List<String> other : keys) {
                    if (compatible(key, other)) {
                        compatible += groups.get(other).size();
                    }
                }
            }
            Integer distinct = null;
            if (sensitive != null) {
                Set<String> values = new HashSet<>();
                members.forEach(m -> values.add(m.get(sensitive.trim())));
                distinct = values.size();
                l = l == null ? distinct : Math.min(l, distinct);
            }
            List<String> ids = members.stream().map(QuasiRecord::id).sorted(NaturalOrder.INSTANCE).toList();
            classes.add(new EquivalenceClass(key, members.size(), compatible, distinct, ids));
            histogram.merge(members.size(), 1, Integer::sum);
            k = k == null ? compatible : Math.min(k, compatible);
            if (compatible < targetK) {
                violatingClasses++;
                violators.addAll(ids);
            }
        }
        violators.sort(NaturalOrder.INSTANCE);
        return new KAnonymityReport(records.isEmpty() ? "no records" : "ok", k, convention.label(), List.copyOf(qi),
                records.size(), targetK, classes, histogram, violators, violatingClasses, sensitive, l);
    }

    static boolean compatible(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (!x.equals(y) && !x.equals(SUPPRESSED) && !y.equals(SUPPRESSED)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(QuasiRecord r, Map<String, String> filter) {
        for (Map.Entry<String, String> e : filter.entrySet()) {
            if (!r.get(e.getKey().trim()).equals(e.getValue().trim())) {
                return false;
            }
        }
        return true;
    }
}
