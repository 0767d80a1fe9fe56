package org.tailor.core.recommend;

import java.util.Map;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * EASE (Steck 2019): a closed-form linear item-to-item model. With G = X'X + lambda*I and P = G^-1, the weights are
 * B[j][i] = -P[j][i] / P[i][i] with a zero diagonal; a customer's scores are their binary row times B. Needs a dense
 * items x items matrix, so it refuses catalogues above {@value #MAX_ITEMS} items.
 */
public final class EaseRecommender implements Recommender {
    static final int MAX_ITEMS = 20_000;
    private final double lambda;
    private final Map<String, Object> params;

    public EaseRecommender(VariantParams p) {
        this.lambda = p.getDouble("lambda", 400);
        if (lambda <= 0) {
            throw new IllegalArgumentException("Parameter lambda of ease must be positive, was " + lambda);
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "ease";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix m, Progress progress, Cancellation cancel) {
        int n = m.itemCount();
        if (n > MAX_ITEMS) {
            throw new IllegalArgumentException("EASE needs a dense " + n + " x " + n + " matrix; it is limited to "
                    + MAX_ITEMS + " items. Use itemknn or als for this catalogue.");
        }
        if (n == 0) {
            // nothing to invert: a model that scores no item (every list comes out empty)
            return new DenseItemModel("similar-items", m, new float[0]);
        }
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        double[] gd = g.data;
        int[] rp = m.rowPointers();
        int[] ri = m.rowIndices();
        int[] cp = m.columnPointers();
        int[] ci = m.columnIndices();
        IntStream.range(0, n).parallel().forEach(a -> {
            int base = a * n;
            for (int p = cp[a]; p < cp[a + 1]; p++) {
                int u = ci[p];
                for (int q = rp[u]; q < rp[u + 1]; q++) {
                    gd[base + ri[q]] += 1;
                }
            }
        });
        for (int a = 0; a < n; a++) {
            gd[a * n + a] += lambda;
        }
        cancel.check();
        progress.report(0.3, "Gram matrix built; inverting " + n + " x " + n);
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invertSPD(g, inv)) {
            throw new IllegalStateException("EASE: the regularised Gram matrix could not be inverted; raise lambda");
        }
        cancel.check();
        float[] b = new float[n * n];
        double[] pd = inv.data;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                b[j * n + i] = i == j ? 0f : (float) (-pd[j * n + i] / pd[i * n + i]);
            }
        }
        progress.report(1.0, "EASE weights ready");
        return new DenseItemModel("similar-items", m, b);
    }
}
