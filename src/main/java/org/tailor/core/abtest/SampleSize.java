package org.tailor.core.abtest;

/**
 * Visitors needed per arm (equal arms) to detect a change from {@code baseline} to {@code expected} conversion
 * rate with a two-sided test at {@code alpha} and the given power:
 * n = (z(1-alpha/2) sqrt(2 pbar (1-pbar)) + z(power) sqrt(p1(1-p1) + p2(1-p2)))^2 / (p2-p1)^2, rounded up,
 * with pbar = (p1+p2)/2.
 */
public final class SampleSize {
    private SampleSize() {
    }

    public static long perArm(double baseline, double expected, double alpha, double power) {
        if (!(baseline > 0 && baseline < 1 && expected > 0 && expected < 1) || baseline == expected) {
            throw new IllegalArgumentException("Rates must be between 0 and 1 and differ");
        }
        double pbar = (baseline + expected) / 2;
        double za = Normal.quantile(1 - alpha / 2);
        double zb = Normal.quantile(power);
        double num = za * Math.sqrt(2 * pbar * (1 - pbar))
                + zb * Math.sqrt(baseline * (1 - baseline) + expected * (1 - expected));
        double d = expected - baseline;
        return (long) Math.ceil(num * num / (d * d) - 1e-9);
    }
}
