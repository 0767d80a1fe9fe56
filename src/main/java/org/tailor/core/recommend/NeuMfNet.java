package org.tailor.core.recommend;

import java.util.SplittableRandom;
import org.tailor.core.index.InteractionMatrix;

/** Weights, forward pass and one SGD step of the NeuMF-style network of {@link NeuralRecommender}. */
final class NeuMfNet {
    private final int f;
    private final int h;
    private final double[] gu;
    private final double[] gi;
    private final double[] mu;
    private final double[] mi;
    private final double[] w1;
    private final double[] b1;
    private final double[] outG;
    private final double[] outM;
    private final double[] bias = new double[1];
    private final double[] act;
    private final double[] pre;

    NeuMfNet(int users, int items, int f, int h, SplittableRandom rnd) {
        this.f = f;
        this.h = h;
        gu = gaussian(users * f, 0.05, rnd);
        gi = gaussian(items * f, 0.05, rnd);
        mu = gaussian(users * f, 0.05, rnd);
        mi = gaussian(items * f, 0.05, rnd);
        w1 = gaussian(h * 2 * f, Math.sqrt(2.0 / (2 * f)), rnd);
        b1 = new double[h];
        outG = gaussian(f, 0.3, rnd);
        outM = gaussian(h, 0.3, rnd);
        act = new double[h];
        pre = new double[h];
    }

    private static double[] gaussian(int n, double sd, SplittableRandom rnd) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = sd * gauss(rnd);
        }
        return a;
    }

    private static double gauss(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The logit for (u, i); fills {@code pre}/{@code out} hidden buffers. */
    private double logit(int u, int i, double[] preBuf, double[] actBuf) {
        int uo = u * f;
        int io = i * f;
        double z = bias[0];
        for (int k = 0; k < f; k++) {
            z += outG[k] * gu[uo + k] * gi[io + k];
        }
        for (int a = 0; a < h; a++) {
            int wo = a * 2 * f;
            double s = b1[a];
            for (int k = 0; k < f; k++) {
                s += w1[wo + k] * mu[uo + k] + w1[wo + f + k] * mi[io + k];
            }
            preBuf[a] = s;
            actBuf[a] = s > 0 ? s : 0;
            z += outM[a] * actBuf[a];
        }
        return z;
    }

    /** One SGD step on log loss for label y; returns the loss before the step. */
    double step(int u, int i, int y, double lr) {
        double z = logit(u, i, pre, act);
        double p = 1 / (1 + Math.exp(-z));
        double loss = y == 1 ? -Math.log(Math.max(p, 1e-12)) : -Math.log(Math.max(1 - p, 1e-12));
        double g = p - y;
        int uo = u * f;
        int io = i * f;
        bias[0] -= lr * g;
        for (int k = 0; k < f; k++) {
            double a = gu[uo + k];
            double b = gi[io + k];
            double o = outG[k];
            outG[k] -= lr * g * a * b;
            gu[uo + k] -= lr * g * o * b;
            gi[io + k] -= lr * g * o * a;
        }
        for (int a = 0; a < h; a++) {
            double gh = pre[a] > 0 ? g * outM[a] : 0;
            outM[a] -= lr * g * act[a];
            if (gh == 0) {
                continue;
            }
            b1[a] -= lr * gh;
            int wo = a * 2 * f;
            for (int k = 0; k < f; k++) {
                double wu = w1[wo + k];
                double wi = w1[wo + f + k];
                w1[wo + k] -= lr * gh * mu[uo + k];
                w1[wo + f + k] -= lr * gh * mi[io + k];
                mu[uo + k] -= lr * gh * wu;
                mi[io + k] -= lr * gh * wi;
            }
        }
        return loss;
    }

    Model model(InteractionMatrix m) {
        return new Model(m);
    }

    /** A view of the network as a trained model (scores are logits). */
    final class Model implements TrainedModel {
        private final InteractionMatrix matrix;

        Model(InteractionMatrix matrix) {
            this.matrix = matrix;
        }

        @Override
        public InteractionMatrix matrix() {
            return matrix;
        }

        @Override
        public void scoreAll(int userIdx, double[] out) {
            double[] p = new double[h];
            double[] a = new double[h];
            for (int i = 0; i < out.length; i++) {
                out[i] = logit(userIdx, i, p, a);
            }
        }

        @Override
        public Explanation explain(int userIdx, int itemIdx) {
            int[] items = matrix.itemsOf(userIdx);
            double[] c = new double[items.length];
            for (int x = 0; x < items.length; x++) {
                c[x] = FactorMath.dot(gi, items[x] * f, gi, itemIdx * f, f);
            }
            return ItemContributions.explain("neural-similar-items", items, c);
        }
    }
}
