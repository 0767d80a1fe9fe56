package org.tailor.core.recommend;

import java.util.List;
import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Recent popularity: every customer-item pair counts {@code 0.5^(age / halfLife)}, its age measured from the latest
 * time in the training data, so what sold lately ranks first. Needs interaction times.
 */
public final class RecentPopularityRecommender implements Recommender {
    private final double halfLifeDays;
    private final Map<String, Object> params;

    public RecentPopularityRecommender(VariantParams p) {
        this.halfLifeDays = p.getDouble("halflife", 30);
        if (halfLifeDays <= 0) {
            throw new IllegalArgumentException("Parameter halflife of recentpop must be positive (days)");
        }
        this.params = p.effective();
    }

    @Override
    public String name() {
        return "recentpop";
    }

    @Override
    public Map<String, Object> parameters() {
        return params;
    }

    @Override
    public TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel) {
        throw new IllegalArgumentException("recentpop needs interaction times; this data has none");
    }

    @Override
    public TrainedModel train(TrainingData data, Progress progress, Cancellation cancel) {
        if (!data.hasTimes()) {
            return train(data.matrix(), progress, cancel);
        }
        InteractionMatrix m = data.matrix();
        long[] t = data.entryTimes();
        long max = Long.MIN_VALUE;
        for (long v : t) {
            max = Math.max(max, v);
        }
        double[] score = new double[m.itemCount()];
        int[] ri = m.rowIndices();
        double halfLifeSeconds = halfLifeDays * 86_400;
        for (int p = 0; p < ri.length; p++) {
            score[ri[p]] += Math.pow(0.5, (max - t[p]) / halfLifeSeconds);
        }
        progress.report(1.0, "Recent popularity counted");
        return new Scores(m, score);
    }

    /** The same score vector for everybody. */
    record Scores(InteractionMatrix matrix, double[] scores) implements TrainedModel, RowScorer {
        @Override
        public void scoreAll(int userIdx, double[] out) {
            System.arraycopy(scores, 0, out, 0, scores.length);
        }

        @Override
        public void scoreRow(int[] itemIdx, float[] weights, double[] out) {
            System.arraycopy(scores, 0, out, 0, scores.length);
        }

        @Override
        public Explanation explain(int userIdx, int itemIdx) {
            return new Explanation("popular", List.of(), List.of(scores[itemIdx]));
        }
    }
}
