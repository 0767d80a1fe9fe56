package org.tailor.core.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Small statistics kernels for paired comparisons: t and normal tails, Wilcoxon, Holm, bootstrap. */
public final class Stats {
    private Stats() {
    }

    /** Two-sided p of the paired t-test of differences (1 when all differences are 0; 0 when constant non-zero). */
    public static double pairedTTest(double[] d) {
        int n = d.length;
        if (n < 2) {
            return 1;
        }
        double mean = Arrays.stream(d).average().orElse(0);
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        if (sd == 0) {
            return mean == 0 ? 1 : 0;
        }
        double t = mean / (sd / Math.sqrt(n));
        double df = n - 1;
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /**
     * Two-sided p of the Wilcoxon signed-rank test: zero differences dropped, tied |d| get average ranks, normal
     * approximation with the tie-corrected variance and no continuity correction.
     */
    public static double wilcoxon(double[] d) {
        double[] nz = Arrays.stream(d).filter(x -> x != 0).toArray();
        int n = nz.length;
        if (n == 0) {
            return 1;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(nz[a]), Math.abs(nz[b])));
        double wPlus = 0;
        double tieTerm = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && Math.abs(nz[order[j + 1]]) == Math.abs(nz[order[i]])) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            int t = j - i + 1;
            tieTerm += (double) t * t * t - t;
            for (int x = i; x <= j; x++) {
                if (nz[order[x]] > 0) {
                    wPlus += rank;
                }
            }
            i = j + 1;
        }
        double mean = n * (n + 1) / 4.0;
        double var = n * (n + 1) * (2 * n + 1) / 24.0 - tieTerm / 48.0;
        if (var <= 0) {
            return 1;
        }
        double z = (wPlus - mean) / Math.sqrt(var);
        return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
    }

    /** Holm step-down adjusted p-values, in the input order. */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] adj = new double[m];
        double running = 0;
        for (int r = 0; r < m; r++) {
            running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
            adj[order[r]] = running;
        }
        return adj;
    }

    /** Percentile bootstrap interval {low, high} of the mean, resampling with a seeded generator. */
    public static double[] bootstrapMeanCi(double[] x, int resamples, double level, long seed) {
        if (x.length == 0) {
            return new double[] {0, 0};
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += x[rnd.nextInt(x.length)];
            }
            means[b] = s / x.length;
        }
        Arrays.sort(means);
        double alpha = (1 - level) / 2;
        int lo = (int) Math.floor(alpha * (resamples - 1));
        int hi = (int) Math.ceil((1 - alpha) * (resamples - 1));
        return new double[] {means[lo], means[hi]};
    }

    /** P(Z > z) for a standard normal, via erfc (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
    public static double normalUpperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }

    /** The regularized incomplete beta I_x(a, b) by its continued fraction (modified Lentz). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - regularizedBeta(1 - x, b, a);
        }
        double tiny = 1e-300;
        double f = 1;
        double c = 1;
        double d = 0;
        for (int i = 0; i <= 400; i++) {
            int m = i / 2;
            double num;
            if (i == 0) {
                num = 1;
            } else if (i % 2 == 0) {
                num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
            } else {
                num = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
            }
            d = 1 + num * d;
            d = Math.abs(d) < tiny ? tiny : d;
            d = 1 / d;
            c = 1 + num / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double cd = c * d;
            f *= cd;
            if (Math.abs(1 - cd) < 1e-14) {
                break;
            }
        }
        return Math.exp(lnFront) * (f - 1) / a;
    }

    /** log Gamma(x) for x > 0 (Lanczos, g = 7, 9 terms). */
    static double logGamma(double x) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double s = c[0];
        for (int i = 1; i < 9; i++) {
            s += c[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
