package org.tailor.core.persona;

/**
 * Column-wise z-scores: (x - mean) / population standard deviation. A constant column (sd 0) becomes all zeros,
 * so it neither helps nor breaks clustering.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] sd;

    public Standardizer(double[][] x) {
        int dim = x.length == 0 ? 0 : x[0].length;
        mean = new double[dim];
        sd = new double[dim];
        for (double[] row : x) {
            for (int d = 0; d < dim; d++) {
                mean[d] += row[d] / x.length;
            }
        }
        for (double[] row : x) {
            for (int d = 0; d < dim; d++) {
                sd[d] += (row[d] - mean[d]) * (row[d] - mean[d]) / x.length;
            }
        }
        for (int d = 0; d < dim; d++) {
            sd[d] = Math.sqrt(sd[d]);
        }
    }

    public double[][] apply(double[][] x) {
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = apply(x[i]);
        }
        return z;
    }

    public double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int d = 0; d < row.length; d++) {
            z[d] = sd[d] == 0 ? 0 : (row[d] - mean[d]) / sd[d];
        }
        return z;
    }
}
