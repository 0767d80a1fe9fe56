package org.tailor.core.abtest;

/**
 * Fisher's exact test for a 2x2 table (arm x converted). Two-sided p = sum of the hypergeometric probabilities of
 * all tables with the same margins that are not more likely than the observed one (relative tolerance 1e-7).
 */
public final class FisherExact {
    private FisherExact() {
    }

    public static double twoSided(Arm a, Arm b) {
        long n1 = a.visitors();
        long n2 = b.visitors();
        long k = a.conversions() + b.conversions();
        long n = n1 + n2;
        if (n == 0) {
            return 1;
        }
        double[] lf = logFactorials((int) n);
        long lo = Math.max(0, k - n2);
        long hi = Math.min(k, n1);
        double observed = logP(a.conversions(), n1, n2, k, lf);
        double p = 0;
        for (long x = lo; x <= hi; x++) {
            double lp = logP(x, n1, n2, k, lf);
            if (lp <= observed + 1e-7) {
                p += Math.exp(lp);
            }
        }
        return Math.min(1, p);
    }

    private static double logP(long x, long n1, long n2, long k, double[] lf) {
        return lc(n1, x, lf) + lc(n2, k - x, lf) - lc(n1 + n2, k, lf);
    }

    private static double lc(long n, long r, double[] lf) {
        return lf[(int) n] - lf[(int) r] - lf[(int) (n - r)];
    }

    private static double[] logFactorials(int n) {
        double[] lf = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            lf[i] = lf[i - 1] + Math.log(i);
        }
        return lf;
    }
}
