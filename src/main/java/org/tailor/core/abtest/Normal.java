package org.tailor.core.abtest;

/**
 * The standard normal distribution. {@code erfc} uses the everywhere-convergent series of erf
 * (e^{-x^2} * sum 2^n x^{2n+1} / (1*3*...*(2n+1)), all terms positive) for |x| &lt; 2.5 and the continued fraction
 * e^{-x^2}/sqrt(pi) / (x + 1/2 / (x + 1 / (x + 3/2 / (x + ...)))) evaluated backwards beyond; both are accurate to
 * about 1e-15 absolute, far better than the 1e-7 a p-value needs. The quantile starts from Acklam's rational
 * approximation and takes two Newton steps on {@link #cdf}.
 */
public final class Normal {
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    private Normal() {
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2.5) {
            double term = x;
            double sum = x;
            double x2 = x * x;
            for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
                term *= 2 * x2 / (2 * n + 1);
                sum += term;
            }
            return 1 - 2 / SQRT_PI * Math.exp(-x2) * sum;
        }
        if (x > 27) {
            return 0;
        }
        double f = x;
        for (int n = 120; n >= 1; n--) {
            f = x + (n / 2.0) / f;
        }
        return Math.exp(-x * x) / SQRT_PI / f;
    }

    /** P(Z &lt;= z). */
    public static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** P(Z &gt; z), accurate also far in the upper tail. */
    public static double upperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** The z with cdf(z) = p, for 0 &lt; p &lt; 1. */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("A probability strictly between 0 and 1 is needed, was " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        for (int i = 0; i < 2; i++) {
            double density = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
            x -= (cdf(x) - p) / density;
        }
        return x;
    }
}
