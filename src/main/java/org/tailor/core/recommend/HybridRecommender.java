package org.tailor.core.recommend;

import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Hybrid of two variants: scores of each are standardised per customer (z-scores over all items) and blended
 * {@code weight * a + (1 - weight) * b}; customers with fewer than {@code switch} training interactions are served
 * by the {@code fallback} variant alone. Sub-variants use their default parameters.
 */
public final class HybridRecommender implements Recommender {
    private final Recommender a;
    private final Recommender b;
    private final Recommender fallback;
    private final double weight;
    private final int switchBelow;
    private final Map<String, Object> params;

    public HybridRecommender(VariantParams p, AlgorithmCatalog catalog) {
        String an = p.getString("a", "ease");
        String bn = p.getString("b", "itemknn");
        String fn = p.getString("fallback", "pop");
        this.weight = p.getDouble("weight", 0.7);
        this.switchBelow = p.getInt("switch", 3);
        if (an.startsWith("hybrid") || bn.startsWith("hybrid") || fn.startsWith("hybrid")) {
            throw new IllegalArgumentException("A hybrid cannot contain another hybrid");
        }
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("Parameter weight of hybrid must be between 0 and 1, was " + weight);
        }
        this.a = catalog.create(an);
        this.b = catalog.create(bn);
        this.fallback = catalog.create(fn);
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "hybrid";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel) {
        return train(TrainingData.of(matrix), progress, cancel);
    }

    @Override
    public TrainedModel train(TrainingData data, Progress progress, Cancellation cancel) {
        TrainedModel ma = a.train(data, (f, m) -> progress.report(f / 3, m), cancel);
        TrainedModel mb = b.train(data, (f, m) -> progress.report((1 + f) / 3, m), cancel);
        TrainedModel mf = fallback.train(data, (f, m) -> progress.report((2 + f) / 3, m), cancel);
        return new Model(data.matrix(), ma, mb, mf);
    }

    private final class Model implements TrainedModel {
        private final InteractionMatrix matrix;
        private final TrainedModel ma;
        private final TrainedModel mb;
        private final TrainedModel mf;

        Model(InteractionMatrix matrix, TrainedModel ma, TrainedModel mb, TrainedModel mf) {
            this.matrix = matrix;
            this.ma = ma;
            this.mb = mb;
            this.mf = mf;
        }

        @Override
        public InteractionMatrix matrix() {
            return matrix;
        }

        @Override
        public void scoreAll(int userIdx, double[] out) {
            if (matrix.rowLength(userIdx) < switchBelow) {
                mf.scoreAll(userIdx, out);
                return;
            }
            double[] sb = new double[out.length];
            ma.scoreAll(userIdx, out);
            mb.scoreAll(userIdx, sb);
            standardise(out);
            standardise(sb);
            for (int i = 0; i < out.length; i++) {
                out[i] = weight * out[i] + (1 - weight) * sb[i];
            }
        }

        @Override
        public Explanation explain(int userIdx, int itemIdx) {
            if (matrix.rowLength(userIdx) < switchBelow) {
                return mf.explain(userIdx, itemIdx);
            }
            return weight >= 0.5 ? ma.explain(userIdx, itemIdx) : mb.explain(userIdx, itemIdx);
        }
    }

    static void standardise(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(var / v.length);
        for (int i = 0; i < v.length; i++) {
            v[i] = sd == 0 ? 0 : (v[i] - mean) / sd;
        }
    }
}
