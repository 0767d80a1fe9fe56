package org.tailor.core.fairness;

/**
 * Gini coefficient of exposure over all catalogue items (items never recommended count as 0):
 * with x sorted ascending and i = 1..n, G = sum((2i - n - 1) x_i) / (n * sum x). 0 = every item equally exposed,
 * close to 1 = all slots on one item. 0 when nothing was recommended.
 */
public final class ExposureGini {
    private ExposureGini() {
    }

    public static double of(long[] exposure) {
        int n = exposure.length;
        long[] x = exposure.clone();
        java.util.Arrays.sort(x);
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += x[i];
            weighted += (2.0 * (i + 1) - n - 1) * x[i];
        }
        return total == 0 ? 0 : weighted / (n * total);
    }
}
