package org.tailor.core.recommend;

/** Dense kernels for factor models on flat row-major arrays. */
final class FactorMath {
    private FactorMath() {
    }

    static double dot(double[] a, int ao, double[] b, int bo, int f) {
        double s = 0;
        for (int k = 0; k < f; k++) {
            s += a[ao + k] * b[bo + k];
        }
        return s;
    }

    /** F'F + reg*I for the f-column matrix stored row-major in {@code m}. */
    static double[] gram(double[] m, int f, double reg) {
        double[] g = new double[f * f];
        int rows = m.length / f;
        for (int r = 0; r < rows; r++) {
            int o = r * f;
            for (int a = 0; a < f; a++) {
                double va = m[o + a];
                if (va == 0) {
                    continue;
                }
                int ga = a * f;
                for (int b = a; b < f; b++) {
                    g[ga + b] += va * m[o + b];
                }
            }
        }
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < a; b++) {
                g[a * f + b] = g[b * f + a];
            }
            g[a * f + a] += reg;
        }
        return g;
    }

    /**
     * Conjugate-gradient steps on (G + sum_j (c_j - 1) y_j y_j') x = sum_j c_j y_j, with c_j = 1 + alpha * w_j, over
     * the observed entries idx[from..to) of one row; x starts at target[off..off+f) and is written back there.
     */
    static void cgSolve(double[] target, int off, double[] other, int f, double[] gram, int[] idx, float[] val,
                        int from, int to, double alpha, int steps, double[] work) {
        double[] x = work;
        int r0 = f;
        int p0 = 2 * f;
        int ap0 = 3 * f;
        System.arraycopy(target, off, x, 0, f);
        // r = b - A x
        multiply(x, 0, other, f, gram, idx, val, from, to, alpha, work, ap0);
        for (int k = 0; k < f; k++) {
            work[r0 + k] = -work[ap0 + k];
        }
        for (int p = from; p < to; p++) {
            double c = 1 + alpha * val[p];
            int yo = idx[p] * f;
            for (int k = 0; k < f; k++) {
                work[r0 + k] += c * other[yo + k];
            }
        }
        double rs = 0;
        for (int k = 0; k < f; k++) {
            work[p0 + k] = work[r0 + k];
            rs += work[r0 + k] * work[r0 + k];
        }
        for (int s = 0; s < steps && rs > 1e-20; s++) {
            multiply(work, p0, other, f, gram, idx, val, from, to, alpha, work, ap0);
            double pap = 0;
            for (int k = 0; k < f; k++) {
                pap += work[p0 + k] * work[ap0 + k];
            }
            if (pap <= 0) {
                break;
            }
            double a = rs / pap;
            double rsNew = 0;
            for (int k = 0; k < f; k++) {
                x[k] += a * work[p0 + k];
                work[r0 + k] -= a * work[ap0 + k];
                rsNew += work[r0 + k] * work[r0 + k];
            }
            double beta = rsNew / rs;
            for (int k = 0; k < f; k++) {
                work[p0 + k] = work[r0 + k] + beta * work[p0 + k];
            }
            rs = rsNew;
        }
        System.arraycopy(x, 0, target, off, f);
    }

    /** out[outOff..] = (G + sum_j (c_j - 1) y_j y_j') v[vOff..]. */
    private static void multiply(double[] v, int vOff, double[] other, int f, double[] gram, int[] idx, float[] val,
                                 int from, int to, double alpha, double[] out, int outOff) {
        for (int a = 0; a < f; a++) {
            double s = 0;
            int ga = a * f;
            for (int b = 0; b < f; b++) {
                s += gram[ga + b] * v[vOff + b];
            }
            out[outOff + a] = s;
        }
        for (int p = from; p < to; p++) {
            int yo = idx[p] * f;
            double d = alpha * val[p] * dot(other, yo, v, vOff, f);
            for (int k = 0; k < f; k++) {
                out[outOff + k] += d * other[yo + k];
            }
        }
    }
}
