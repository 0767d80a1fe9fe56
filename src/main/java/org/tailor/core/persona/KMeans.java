package org.tailor.core.persona;

import java.util.SplittableRandom;
import org.tailor.core.task.Cancellation;

/**
 * Lloyd's k-means with k-means++ seeding, several seeded restarts, keeping the run with the lowest inertia
 * (sum of squared distances to the assigned centroid; the first restart wins a tie). Restart r uses
 * {@code new SplittableRandom(seed + r)} (which mixes consecutive seeds well). A point goes to the nearest
 * centroid, the lower centroid index on a tie. A cluster
 * that loses all its points is re-seeded with the point farthest from its centroid. Iterates until no assignment
 * changes or {@code maxIterations}.
 */
public final class KMeans {
    /** Assignment per point, centroids, inertia and the iterations the kept restart took. */
    public record Result(int[] assignment, double[][] centroids, double inertia, int iterations) {
    }

    private final int k;
    private final long seed;
    private final int restarts;
    private final int maxIterations;

    public KMeans(int k, long seed, int restarts, int maxIterations) {
        if (k < 1 || restarts < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("k, restarts and iterations must be positive");
        }
        this.k = k;
        this.seed = seed;
        this.restarts = restarts;
        this.maxIterations = maxIterations;
    }

    /** Clusters the rows of {@code x}; k is lowered to the number of points when there are fewer. */
    public Result fit(double[][] x, Cancellation cancel) {
        int kk = Math.min(k, x.length);
        if (kk == 0) {
            return new Result(new int[0], new double[0][], 0, 0);
        }
        Result best = null;
        for (int r = 0; r < restarts; r++) {
            cancel.check();
            Result res = run(x, kk, new SplittableRandom(seed + r), cancel);
            if (best == null || res.inertia() < best.inertia() - 1e-12) {
                best = res;
            }
        }
        return best;
    }

    private Result run(double[][] x, int kk, SplittableRandom rnd, Cancellation cancel) {
        double[][] c = seedPlusPlus(x, kk, rnd);
        int[] assign = new int[x.length];
        java.util.Arrays.fill(assign, -1);
        int it = 0;
        while (it < maxIterations) {
            cancel.check();
            it++;
            boolean changed = false;
            for (int i = 0; i < x.length; i++) {
                int a = nearest(x[i], c);
                if (a != assign[i]) {
                    assign[i] = a;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            c = centroids(x, assign, kk, c);
        }
        double inertia = 0;
        for (int i = 0; i < x.length; i++) {
            inertia += dist2(x[i], c[assign[i]]);
        }
        return new Result(assign, c, inertia, it);
    }

    static double[][] seedPlusPlus(double[][] x, int kk, SplittableRandom rnd) {
        double[][] c = new double[kk][];
        c[0] = x[rnd.nextInt(x.length)].clone();
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = dist2(x[i], c[0]);
        }
        for (int j = 1; j < kk; j++) {
            double total = 0;
            for (double v : d) {
                total += v;
            }
            int pick;
            if (total <= 0) {
                pick = rnd.nextInt(x.length);
            } else {
                double target = rnd.nextDouble() * total;
                pick = x.length - 1;
                double acc = 0;
                for (int i = 0; i < x.length; i++) {
                    acc += d[i];
                    if (acc > target) {
                        pick = i;
                        break;
                    }
                }
            }
            c[j] = x[pick].clone();
            for (int i = 0; i < x.length; i++) {
                d[i] = Math.min(d[i], dist2(x[i], c[j]));
            }
        }
        return c;
    }

    private static double[][] centroids(double[][] x, int[] assign, int kk, double[][] old) {
        int dim = x[0].length;
        double[][] c = new double[kk][dim];
        int[] n = new int[kk];
        for (int i = 0; i < x.length; i++) {
            n[assign[i]]++;
            for (int d = 0; d < dim; d++) {
                c[assign[i]][d] += x[i][d];
            }
        }
        for (int j = 0; j < kk; j++) {
            if (n[j] == 0) {
                int far = 0;
                double farD = -1;
                for (int i = 0; i < x.length; i++) {
                    double dd = dist2(x[i], old[assign[i]]);
                    if (dd > farD) {
                        farD = dd;
                        far = i;
                    }
                }
                c[j] = x[far].clone();
            } else {
                for (int d = 0; d < dim; d++) {
                    c[j][d] /= n[j];
                }
            }
        }
        return c;
    }

    static int nearest(double[] p, double[][] c) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            double d = dist2(p, c[j]);
            if (d < bestD) {
                bestD = d;
                best = j;
            }
        }
        return best;
    }

    static double dist2(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return s;
    }
}
