package org.tailor.core.evaluate;

import java.util.Map;

/** Refuses to evaluate when a test target is also a training pair: such a score would be computed on leaked data. */
public final class LeakCheck {
    private LeakCheck() {
    }

    /** Number of (customer, item) test targets that are also in training. */
    public static int overlap(Split split) {
        int n = 0;
        for (Map.Entry<Integer, int[]> e : split.testRelevant().entrySet()) {
            for (int i : e.getValue()) {
                if (i < split.train().itemCount() && split.train().contains(e.getKey(), i)) {
                    n++;
                }
            }
        }
        return n;
    }

    public static void verify(Split split) {
        int n = overlap(split);
        if (n > 0) {
            throw new IllegalStateException("Train and test share " + n + " customer-item pairs; refusing to report "
                    + "metrics computed on leaked data. Split: " + split.description());
        }
    }
}
