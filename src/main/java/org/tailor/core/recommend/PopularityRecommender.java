package org.tailor.core.recommend;

import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/** Scores every item by its number of distinct customers in training; the same list for everybody. */
public final class PopularityRecommender implements Recommender {
    @Override
    public String name() {
        return "pop";
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of();
    }

    @Override
    public TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel) {
        double[] pop = new double[matrix.itemCount()];
        for (int i = 0; i < pop.length; i++) {
            pop[i] = matrix.columnLength(i);
        }
        progress.report(1.0, "Counted popularity");
        return new Model(matrix, pop);
    }

    record Model(InteractionMatrix matrix, double[] popularity) implements TrainedModel, RowScorer {
        @Override
        public void scoreAll(int userIdx, double[] out) {
            System.arraycopy(popularity, 0, out, 0, popularity.length);
        }

        @Override
        public void scoreRow(int[] itemIdx, float[] weights, double[] out) {
            System.arraycopy(popularity, 0, out, 0, popularity.length);
        }

        @Override
        public Explanation explain(int userIdx, int itemIdx) {
            return new Explanation("popular", java.util.List.of(), java.util.List.of(popularity[itemIdx]));
        }
    }
}
