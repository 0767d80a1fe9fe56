package org.tailor.core.recommend;

import java.util.Arrays;
import org.tailor.core.index.InteractionMatrix;

/**
 * Customer and item factors of implicit ALS (f columns, row-major). Scores are dot products. A customer described
 * only by a row is folded in: their factor is solved against the fixed item factors, as one ALS half-step would.
 */
public final class FactorModel implements TrainedModel, RowScorer {
    private final InteractionMatrix matrix;
    private final double[] userFactors;
    private final double[] itemFactors;
    private final int f;
    private final double lambda;
    private final double alpha;
    private final int cgSteps;
    private volatile double[] foldInGram;

    FactorModel(InteractionMatrix matrix, double[] userFactors, double[] itemFactors, int f, double lambda,
                double alpha, int cgSteps) {
        this.matrix = matrix;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.f = f;
        this.lambda = lambda;
        this.alpha = alpha;
        this.cgSteps = cgSteps;
    }

    double[] userFactors() {
        return userFactors;
    }

    double[] itemFactors() {
        return itemFactors;
    }

    int factors() {
        return f;
    }

    double lambda() {
        return lambda;
    }

    double alpha() {
        return alpha;
    }

    int cgSteps() {
        return cgSteps;
    }

    @Override
    public InteractionMatrix matrix() {
        return matrix;
    }

    @Override
    public void scoreAll(int userIdx, double[] out) {
        scoreFactor(userFactors, userIdx * f, out);
    }

    private void scoreFactor(double[] u, int off, double[] out) {
        int n = matrix.itemCount();
        for (int i = 0; i < n; i++) {
            out[i] = FactorMath.dot(u, off, itemFactors, i * f, f);
        }
    }

    @Override
    public void scoreRow(int[] itemIdx, float[] weights, double[] out) {
        scoreFactor(foldIn(itemIdx, weights), 0, out);
    }

    /** Solves one customer's factor against the fixed item factors (more CG steps than training: it starts at 0). */
    public double[] foldIn(int[] itemIdx, float[] weights) {
        double[] x = new double[f];
        double[] gram = foldInGram;
        if (gram == null) {
            gram = FactorMath.gram(itemFactors, f, lambda);
            foldInGram = gram;
        }
        FactorMath.cgSolve(x, 0, itemFactors, f, gram, itemIdx, weights, 0, itemIdx.length, alpha, f,
                new double[4 * f]);
        return x;
    }

    @Override
    public Explanation explain(int userIdx, int itemIdx) {
        // Score of item i = x_u . y_i, with x_u ~ A^-1 sum_j c_j y_j: approximate item j's share by c_j (y_j . y_i).
        int[] items = matrix.itemsOf(userIdx);
        float[] w = matrix.weightsOf(userIdx);
        double[] c = new double[items.length];
        for (int x = 0; x < items.length; x++) {
            c[x] = (1 + alpha * w[x]) * FactorMath.dot(itemFactors, items[x] * f, itemFactors, itemIdx * f, f);
        }
        return ItemContributions.explain("factors", items, c);
    }

    @Override
    public String toString() {
        return "FactorModel[f=" + f + ", users=" + matrix.userCount() + ", items=" + matrix.itemCount() + ", "
                + Arrays.hashCode(itemFactors) + "]";
    }
}
