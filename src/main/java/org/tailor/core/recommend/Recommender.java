package org.tailor.core.recommend;

import java.util.Map;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * A recommender variant with its parameters: trains once on an {@link InteractionMatrix} into an immutable
 * {@link TrainedModel}. Training is seeded and reproducible.
 */
public interface Recommender {
    /** Short name used by the CLI and the catalogue, e.g. {@code pop}, {@code itemknn}, {@code als}. */
    String name();

    /** The parameters this variant was built with (for run records and display). */
    Map<String, Object> parameters();

    TrainedModel train(InteractionMatrix matrix, Progress progress, Cancellation cancel);

    /**
     * Trains with the optional extras of {@link TrainingData} (item text, times). Variants that do not use them
     * train on the matrix alone.
     */
    default TrainedModel train(TrainingData data, Progress progress, Cancellation cancel) {
        return train(data.matrix(), progress, cancel);
    }

    /** {@code name:key=value,...} with every effective parameter: enough to build the same variant again. */
    default String spec() {
        StringBuilder sb = new StringBuilder(name());
        String sep = ":";
        for (Map.Entry<String, Object> e : parameters().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return sb.toString();
    }
}
