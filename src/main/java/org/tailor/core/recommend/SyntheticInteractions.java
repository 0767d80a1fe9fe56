package org.tailor.core.recommend;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.InteractionMatrixBuilder;

/**
 * A seeded synthetic implicit-feedback matrix shaped like MovieLens 1M for benchmarks: item popularity follows a
 * Zipf law (exponent {@code 0.9}), customer activity a Pareto tail over a floor of 20 items (capped at half the
 * catalogue), and every (customer, item) pair is distinct, so the matrix has exactly {@code interactions} entries.
 */
public final class SyntheticInteractions {
    private SyntheticInteractions() {
    }

    public static InteractionMatrix generate(int users, int items, int interactions, long seed) {
        int floor = 20;
        int cap = items / 2;
        if ((long) users * floor > interactions || (long) users * cap < interactions) {
            throw new IllegalArgumentException("Cannot spread " + interactions + " interactions over " + users
                    + " customers with 20 to " + cap + " items each");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] perUser = activity(users, interactions, floor, cap, rnd);
        double[] cdf = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            sum += 1 / Math.pow(i + 1, 0.9);
            cdf[i] = sum;
        }
        // a seeded permutation so popular items are not simply the lowest indices
        int[] perm = new int[items];
        for (int i = 0; i < items; i++) {
            perm[i] = i;
        }
        for (int i = items - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        for (int u = 0; u < users; u++) {
            b.addUser("u" + u);
        }
        for (int i = 0; i < items; i++) {
            b.addItem("i" + i);
        }
        boolean[] taken = new boolean[items];
        int[] chosen = new int[cap];
        for (int u = 0; u < users; u++) {
            for (int c = 0; c < perUser[u]; c++) {
                int item;
                do {
                    int pos = Arrays.binarySearch(cdf, rnd.nextDouble() * sum);
                    item = perm[Math.min(items - 1, pos < 0 ? -pos - 1 : pos)];
                } while (taken[item]);
                taken[item] = true;
                chosen[c] = item;
                b.add(u, item, 1.0);
            }
            for (int c = 0; c < perUser[u]; c++) {
                taken[chosen[c]] = false;
            }
        }
        return b.build();
    }

    private static int[] activity(int users, int interactions, int floor, int cap, SplittableRandom rnd) {
        double[] w = new double[users];
        double total = 0;
        for (int u = 0; u < users; u++) {
            w[u] = Math.pow(1 - rnd.nextDouble(), -1 / 1.2) - 1;
            total += w[u];
        }
        int[] n = new int[users];
        long assigned = 0;
        long extra = interactions - (long) users * floor;
        for (int u = 0; u < users; u++) {
            n[u] = (int) Math.min(cap, floor + Math.floor(extra * w[u] / total));
            assigned += n[u];
        }
        for (int u = 0; assigned < interactions; u = (u + 1) % users) {
            if (n[u] < cap) {
                n[u]++;
                assigned++;
            }
        }
        return n;
    }
}
