package org.tailor.core.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tailor.core.index.InteractionMatrixBuilder;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.Interaction;

/**
 * The default protocol of DESIGN.md: per customer, interactions ordered by time (then item id), the latest
 * {@code testFraction} (rounded down, at least one interaction kept for training) go to test. Pairs already in
 * training are dropped from test and counted. Returns and non-positive quantities are left out.
 */
public final class TemporalHoldout {
    private final double testFraction;

    public TemporalHoldout(double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("The test fraction must be between 0 and 1, was " + testFraction);
        }
        this.testFraction = testFraction;
    }

    public Split split(List<Interaction> interactions) {
        Map<String, List<Interaction>> byCustomer = new LinkedHashMap<>();
        for (Interaction x : interactions) {
            if ("purchase".equals(x.kind()) && x.value() <= 0) {
                continue;
            }
            byCustomer.computeIfAbsent(x.customerId(), c -> new ArrayList<>()).add(x);
        }
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        Map<String, List<String>> testItems = new HashMap<>();
        for (Map.Entry<String, List<Interaction>> e : byCustomer.entrySet()) {
            List<Interaction> xs = e.getValue();
            xs.sort((a, c) -> a.epochSeconds() != c.epochSeconds() ? Long.compare(a.epochSeconds(), c.epochSeconds())
                    : a.sku().compareTo(c.sku()));
            int nTest = (int) Math.floor(xs.size() * testFraction);
            if (nTest >= xs.size()) {
                nTest = xs.size() - 1;
            }
            int nTrain = xs.size() - nTest;
            for (int i = 0; i < nTrain; i++) {
                b.add(e.getKey(), xs.get(i).sku(), 1.0);
            }
            List<String> t = new ArrayList<>();
            for (int i = nTrain; i < xs.size(); i++) {
                t.add(xs.get(i).sku());
            }
            testItems.put(e.getKey(), t);
        }
        InteractionMatrix train = b.build();
        Map<Integer, int[]> relevant = new HashMap<>();
        int without = 0;
        int coldItems = 0;
        int dropped = 0;
        for (Map.Entry<String, List<String>> e : testItems.entrySet()) {
            int u = train.users().indexOf(e.getKey()).orElseThrow();
            TreeSet<Integer> set = new TreeSet<>();
            for (String sku : e.getValue()) {
                var idx = train.items().indexOf(sku);
                if (idx.isEmpty()) {
                    coldItems++;
                } else if (train.contains(u, idx.getAsInt())) {
                    dropped++;
                } else {
                    set.add(idx.getAsInt());
                }
            }
            if (set.isEmpty()) {
                without++;
            } else {
                relevant.put(u, set.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        String description = String.format(java.util.Locale.ROOT,
                "per-customer temporal holdout, latest %.0f%% of each customer's interactions in test", testFraction * 100);
        return new Split(train, relevant, without, 0, coldItems, dropped, description);
    }

}
