package org.tailor.core.recommend;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Implicit ALS (Hu, Koren and Volinsky 2008): preference 1 for every observed pair, confidence
 * {@code 1 + alpha * weight}, L2 penalty {@code lambda}. Each half-step solves every customer's (then every
 * item's) normal equations with a few conjugate-gradient steps warm-started from the previous factors
 * (Takacs et al. 2011), using the shared Gram matrix Y'Y so only observed entries are visited. Rows are solved in
 * parallel. Seeded: the same seed gives the same factors.
 */
public final class AlsRecommender implements Recommender, IterativeRecommender {
    private final int factors;
    private final int iterations;
    private final double lambda;
    private final double alpha;
    private final int cgSteps;
    private final long seed;
    private final Map<String, Object> params;

    public AlsRecommender(VariantParams p) {
        this.factors = p.getInt("factors", 64);
        this.iterations = p.getInt("iterations", 15);
        this.lambda = p.getDouble("lambda", 10);
        this.alpha = p.getDouble("alpha", 1);
        this.cgSteps = p.getInt("cg", 3);
        this.seed = p.getLong("seed", 42);
        if (factors <= 0 || iterations <= 0 || cgSteps <= 0 || lambda < 0 || alpha < 0) {
            throw new IllegalArgumentException("ALS needs positive factors, iterations and cg, and non-negative "
                    + "lambda and alpha");
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "als";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix m, Progress progress, Cancellation cancel) {
        return train(m, EpochListener.NONE, progress, cancel);
    }

    @Override
    public TrainedModel train(InteractionMatrix m, EpochListener listener, Progress progress, Cancellation cancel) {
        int f = factors;
        double[] x = new double[m.userCount() * f];
        double[] y = new double[m.itemCount() * f];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < y.length; i++) {
            y[i] = (rnd.nextDouble() - 0.5) * 0.02;
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = (rnd.nextDouble() - 0.5) * 0.02;
        }
        FactorModel model = new FactorModel(m, x, y, f, lambda, alpha, cgSteps);
        for (int it = 0; it < iterations; it++) {
            cancel.check();
            solveSide(x, y, m.userCount(), m.rowPointers(), m.rowIndices(), m.rowValues(), cancel);
            solveSide(y, x, m.itemCount(), m.columnPointers(), m.columnIndices(), m.columnValues(), cancel);
            progress.report((it + 1) / (double) iterations, "ALS iteration " + (it + 1) + " of " + iterations);
            if (listener != EpochListener.NONE) {
                listener.epochDone(it + 1, loss(m, x, y), model);
            }
        }
        return model;
    }

    /** Solves every row of {@code target} against fixed {@code other} factors. */
    private void solveSide(double[] target, double[] other, int rows, int[] ptr, int[] idx, float[] val,
                           Cancellation cancel) {
        double[] gram = FactorMath.gram(other, factors, lambda);
        IntStream.range(0, rows).parallel().forEach(r -> {
            if ((r & 255) == 0) {
                cancel.check();
            }
            FactorMath.cgSolve(target, r * factors, other, factors, gram, idx, val, ptr[r], ptr[r + 1], alpha,
                    cgSteps, new double[4 * factors]);
        });
    }

    /** The weighted squared error over all pairs plus the penalty, computed from observed entries and Gram traces. */
    private double loss(InteractionMatrix m, double[] x, double[] y) {
        int f = factors;
        double[] xtx = FactorMath.gram(x, f, 0);
        double[] yty = FactorMath.gram(y, f, 0);
        double all = 0;
        for (int a = 0; a < f * f; a++) {
            all += xtx[a] * yty[a];
        }
        double obs = 0;
        int[] rp = m.rowPointers();
        int[] ri = m.rowIndices();
        float[] rv = m.rowValues();
        for (int u = 0; u < m.userCount(); u++) {
            for (int p = rp[u]; p < rp[u + 1]; p++) {
                double s = FactorMath.dot(x, u * f, y, ri[p] * f, f);
                double c = 1 + alpha * rv[p];
                obs += c * (1 - s) * (1 - s) - s * s;
            }
        }
        double reg = 0;
        for (double v : x) {
            reg += v * v;
        }
        for (double v : y) {
            reg += v * v;
        }
        return (all + obs + lambda * reg) / Math.max(1, m.nonZeros());
    }
}
